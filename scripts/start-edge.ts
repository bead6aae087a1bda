// npm run start:edge: the production shape on one machine. `npm start` on
// 127.0.0.1:PORT (default 3000; MARQUEE_HOST changes the address) behind
// Varnish with deploy/varnish/marquee.vcl on EDGE_PORT (default 8080), the app
// purging it after every publish with a shared secret (EDGE_PURGE_SECRET, or
// one made up for this run). SITE_URL defaults to the edge's address. Run
// `npm run build` first: the app is dist/start.mjs, as `npm start` runs it,
// with the production .env files. Readers use the edge port; see
// docs/caching.md, "The edge cache (Varnish)".
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadEnvFiles } from "./lib/env-files";
import { launch, LaunchError } from "./lib/fail";
import { DIST_DIR, NO_BUILD } from "./lib/server-process";
import { startVarnish } from "./lib/varnish";

async function main() {
  loadEnvFiles({ dev: false });
  const start = path.join(DIST_DIR, "start.mjs");
  if (!existsSync(".next/BUILD_ID") || !existsSync(start)) throw new LaunchError(NO_BUILD);
  const appPort = Number(process.env.PORT ?? 3000);
  const edgePort = Number(process.env.EDGE_PORT ?? 8080);
  const edgeUrl = `http://127.0.0.1:${edgePort}/`;
  const purgeUrls = [process.env.EDGE_PURGE_URLS, edgeUrl].filter(Boolean).join(",");
  const purgeSecret = process.env.EDGE_PURGE_SECRET || randomBytes(32).toString("base64url");
  const edge = await startVarnish({ port: edgePort, backendPort: appPort, purgeSecret }).catch((error: Error) => {
    throw new LaunchError(error.message);
  });
  console.log(`Edge (Varnish) on http://localhost:${edgePort} in front of the app on port ${appPort}`);
  const app = spawn(process.execPath, ["--conditions=react-server", start], {
    stdio: "inherit",
    // Varnish appends the client address to X-Forwarded-For: one trusted proxy.
    // Only Varnish (on this machine) needs to reach the app.
    env: {
      TRUSTED_PROXIES: "1",
      MARQUEE_HOST: "127.0.0.1",
      SITE_URL: `http://localhost:${edgePort}`,
      ...process.env,
      PORT: String(appPort),
      EDGE_PURGE_URLS: purgeUrls,
      EDGE_PURGE_SECRET: purgeSecret,
    },
  });
  const stop = async (code: number) => {
    app.kill("SIGTERM");
    await edge.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  app.on("exit", (code) => void stop(code ?? 1));
}

launch(main);
