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
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** Inside node_modules, so that the bundle's imports of packages resolve from the project. */
export const SERVER_BUNDLE = path.join(ROOT, "node_modules", ".cache", "marquee", "server.mjs");

export function serverNodeFlags(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

/**
 * Bundles scripts/server.ts into SERVER_BUNDLE (about 50 ms). The file is
 * replaced only when its content changes, and then by a rename: servers
 * starting meanwhile (the e2e suite starts several) never read half a file.
 */
export function bundleServer(): string {
  const [output] = buildSync({
    entryPoints: [path.join(ROOT, "scripts", "server.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
    write: false,
  }).outputFiles;
  if (existsSync(SERVER_BUNDLE) && readFileSync(SERVER_BUNDLE).equals(output.contents)) return SERVER_BUNDLE;
  mkdirSync(path.dirname(SERVER_BUNDLE), { recursive: true });
  const temporary = `${SERVER_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents);
  renameSync(temporary, SERVER_BUNDLE);
  return SERVER_BUNDLE;
}

/** Arguments for `node` that run the production server (after `next build`) on `port`; bundles it first. */
export function serverArgs({ port, hostname, heapMb = 0 }: { port: number | string; hostname?: string; heapMb?: number }): string[] {
  return [...serverNodeFlags(heapMb), bundleServer(), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
