// The .env files, loaded as Next loads them (@next/env): `.env.<mode>.local`,
// `.env.local` (not in test), `.env.<mode>`, `.env`, where mode is
// `production`, `development`, or `test` under NODE_ENV=test. The first file
// that sets a variable wins, and the environment beats every file. Child
// processes (`next build`, `next dev`, the server) inherit the result and do
// not read the files again, so a launcher must load the mode its child runs in.
import nextEnv from "@next/env";

export function loadEnvFiles({ dev }: { dev: boolean }): void {
  nextEnv.loadEnvConfig(process.cwd(), dev, { info: () => {}, error: (message: string) => console.error(message) });
  // Next's anonymous usage telemetry stays off unless someone turns it on.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
}
