// npm start: checks configuration, applies migrations, then the production
// server, scripts/server.ts (run `npm run build` first). Uses DATABASE_URL,
// or the embedded server when it is unset (a local production-mode run).
// Refuses a database whose demo accounts are active unless MARQUEE_ALLOW_DEMO=1.
import "./lib/load-env";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { activeDemoAccounts, demoRefusal } from "./lib/demo-accounts";
import { exitWithError, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";
import { serverArgs } from "./lib/server-process";

async function main() {
  // The server always runs in production mode; check configuration as production does.
  Object.assign(process.env, { NODE_ENV: "production" });
  const database = await prepareEnvironment({ databaseName: "marquee" });
  const port = process.env.PORT ?? "3000";
  const { getEnv } = await import("@/lib/env");
  const env = getEnv();
  try {
    await refuseDemoAccounts(env.MARQUEE_ALLOW_DEMO);
    if (!existsSync(".next/BUILD_ID")) throw new LaunchError("No production build found. Run `npm run build` first.");
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
  const next = spawn(process.execPath, serverArgs({ port, hostname: env.MARQUEE_HOST, heapMb: env.MARQUEE_HEAP_MB }), {
    stdio: "inherit",
    env: process.env,
  });
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

main().catch(exitWithError);
