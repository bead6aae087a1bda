// npm start (dist/start.mjs, bundled by `npm run build`; scripts/run-built.mjs
// runs it): checks configuration, applies migrations, then the production
// server, dist/server.mjs. Reads the production .env files, as `next start`
// does. Needs DATABASE_URL; MARQUEE_EMBEDDED_DB=1 runs the embedded
// PostgreSQL instead (a local production-mode run, with the devDependencies
// installed). Refuses a database whose demo accounts are active unless
// MARQUEE_ALLOW_DEMO=1.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { activeDemoAccounts, demoRefusal } from "./lib/demo-accounts";
import { loadEnvFiles } from "./lib/env-files";
import { launch, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";
import { NO_BUILD, serverArgs } from "./lib/server-process";

async function main() {
  // The server always runs in production mode; check configuration as production does.
  Object.assign(process.env, { NODE_ENV: "production" });
  loadEnvFiles({ dev: false });
  const database = await prepareEnvironment({ databaseName: "marquee" });
  const port = process.env.PORT ?? "3000";
  const { getEnv } = await import("@/lib/env");
  const env = getEnv();
  let args: string[];
  try {
    await refuseDemoAccounts(env.MARQUEE_ALLOW_DEMO);
    if (!existsSync(".next/BUILD_ID")) throw new LaunchError(NO_BUILD);
    args = serverArgs({ port, hostname: env.MARQUEE_HOST, heapMb: env.MARQUEE_HEAP_MB });
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
  const next = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
  const stop = async (code: number) => {
    next.kill("SIGTERM");
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 1));
}

async function refuseDemoAccounts(allowed: boolean) {
  const { sql } = await import("@/db/client");
  try {
    const demo = await activeDemoAccounts();
    if (demo.length === 0) return;
    if (!allowed) throw new LaunchError(demoRefusal(demo.map((u) => u.email)));
    console.warn(`Serving a database with active demo accounts (MARQUEE_ALLOW_DEMO=1): not for production.`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

launch(main);
