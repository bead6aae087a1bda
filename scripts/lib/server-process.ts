// How a production server process is started (npm start, the benchmarks, the
// e2e tests): scripts/server.ts, Next behind the page cache.
//
// It runs as plain JavaScript, bundled here with esbuild (Marquee's own
// modules inlined, packages left to node_modules): under `--import tsx` Node 20
// runs the TypeScript loader on a thread of its own, which cost the server
// about 100 MB of resident memory.
//
// V8 sizes its heap to the machine (about 4 GB here) and lets garbage pile up
// towards that; a server caching pages in memory then grows to 600 MB where
// 200 MB of live data would do. MARQUEE_HEAP_MB caps the old generation (0
// keeps Node's default).
import path from "node:path";
import { buildSync } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** Inside node_modules, so that the bundle's imports of packages resolve from the project. */
export const SERVER_BUNDLE = path.join(ROOT, "node_modules", ".cache", "marquee", "server.mjs");

export function serverNodeFlags(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

/** Bundles scripts/server.ts into SERVER_BUNDLE (about 50 ms). */
export function bundleServer(): string {
  buildSync({
    entryPoints: [path.join(ROOT, "scripts", "server.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
  });
  return SERVER_BUNDLE;
}

/** Arguments for `node` that run the production server (after `next build`) on `port`; bundles it first. */
export function serverArgs({ port, hostname, heapMb = 0 }: { port: number | string; hostname?: string; heapMb?: number }): string[] {
  return [...serverNodeFlags(heapMb), bundleServer(), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
