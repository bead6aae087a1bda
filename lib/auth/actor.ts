// The signed-in person (or API token's user) on whose behalf a command runs.
import type { Role } from "./permissions";

export type Actor = { id: string; role: Role; name: string };
