// How a production server process is started (npm start, the benchmarks, the
// e2e tests): dist/server.mjs, which `npm run build` bundles from
// scripts/server.ts (scripts/lib/bundle.ts). Nothing is compiled at start.
//
// MARQUEE_HEAP_MB caps V8's old generation (0, the default, keeps Node's own
// limit). On Node 24 a 160 MB cap left the server collecting garbage on every
// few requests: cached pages at 5,000 req/s with a p99 of 116 to 255 ms,
// against 16,600 req/s and 9 to 31 ms uncapped, for about the same peak
// memory (BENCHMARKS.md, 2026-12-02).
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
