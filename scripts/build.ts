// npm run build: `next build` against a migrated database, then the
// production entry points bundled into dist/ (scripts/lib/bundle.ts). The
// build prerenders the home page and navigation from published content, so it
// needs DATABASE_URL (or the embedded server, when it is unset outside
// production). It reads the .env files `next build` reads: the production ones.
import { spawn } from "node:child_process";
import { bundleEntryPoints } from "./lib/bundle";
import { loadEnvFiles } from "./lib/env-files";
import { launch, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";

async function main() {
  loadEnvFiles({ dev: false });
  const database = await prepareEnvironment({ databaseName: "marquee" });
  const code = await new Promise<number>((resolve) =>
    spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env }).on("exit", (c) => resolve(c ?? 1)),
  );
  await database.embedded?.stop();
  if (code !== 0) throw new LaunchError(`next build failed (exit code ${code}).`);
  await bundleEntryPoints();
  console.log("Production entry points bundled into dist/ (npm start, npm run scheduler).");
  process.exit(0);
}

launch(main);
