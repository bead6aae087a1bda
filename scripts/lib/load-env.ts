// Loads .env (if present) before anything reads the environment, as Next does.
import { existsSync } from "node:fs";

for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
// Next's anonymous usage telemetry stays off unless someone turns it on.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
