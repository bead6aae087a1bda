// npm run build: `next build` against a migrated database. The build
// prerenders the home page and navigation from published content, so it
// needs DATABASE_URL (or the embedded server, when it is unset).
import "./lib/load-env";
import { spawn } from "node:child_process";
import { exitWithError, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";

async function main() {
  const database = await prepareEnvironment({ databaseName: "marquee" });
  const code = await new Promise<number>((resolve) =>
    spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env }).on("exit", (c) =>
      resolve(c ?? 1),
    ),
  );
  await database.embedded?.stop();
  if (code !== 0) throw new LaunchError(`next build failed (exit code ${code}).`);
  process.exit(0);
}

main().catch(exitWithError);
