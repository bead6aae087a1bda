// How a production server process is started (npm start, the benchmarks, the
// e2e tests): dist/server.mjs, which `npm run build` bundles from
// scripts/server.ts (scripts/lib/bundle.ts). Nothing is compiled at start.
//
// V8 sizes its heap to the machine (about 4 GB here) and lets garbage pile up
// towards that; a server caching pages in memory then grows to 600 MB where
// 200 MB of live data would do. MARQUEE_HEAP_MB caps the old generation (0
// keeps Node's default).
import { existsSync } from "node:fs";
import path from "node:path";
import { LaunchError } from "./fail";

/**
 * Where `npm run build` writes the bundled entry points (git-ignored). Every
 * script runs from the project root, the directory Next serves (`dir` in
 * scripts/server.ts), and the bundles' package imports resolve from there.
 */
export const DIST_DIR = path.resolve("dist");
export const SERVER_BUNDLE = path.join(DIST_DIR, "server.mjs");
export const NO_BUILD = "No production build found. Run `npm run build` first.";

export function serverNodeFlags(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

/** Arguments for `node` that run the production server (after `npm run build`) on `port`. */
export function serverArgs({ port, hostname, heapMb = 0 }: { port: number | string; hostname?: string; heapMb?: number }): string[] {
  if (!existsSync(SERVER_BUNDLE)) throw new LaunchError(NO_BUILD);
  return [...serverNodeFlags(heapMb), SERVER_BUNDLE, "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
