// npm start: checks configuration, applies migrations, then the production
// server, scripts/server.ts (run `npm run build` first). Uses DATABASE_URL,
// or the embedded server when it is unset (a local production-mode run).
import "./lib/load-env";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { exitWithError, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";
import { serverArgs } from "./lib/server-process";

async function main() {
  // The server always runs in production mode; check configuration as production does.
  Object.assign(process.env, { NODE_ENV: "production" });
  if (!existsSync(".next/BUILD_ID")) throw new LaunchError("No production build found. Run `npm run build` first.");
  const database = await prepareEnvironment({ databaseName: "marquee" });
  const port = process.env.PORT ?? "3000";
  const { getEnv } = await import("@/lib/env");
  const next = spawn(process.execPath, serverArgs({ port, heapMb: getEnv().MARQUEE_HEAP_MB }), {
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

main().catch(exitWithError);
