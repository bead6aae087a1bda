// The second half of `npm run build` (and of the e2e suite's build): the
// production entry points bundled by esbuild into dist/ as plain ESM
// JavaScript, Marquee's own modules inlined and packages left to
// node_modules. `npm start`, `npm run scheduler` and every production server
// then run on Node alone: no TypeScript loader (under `--import tsx` the
// server cost about 100 MB more resident memory), no esbuild, both of which
// are devDependencies.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { DIST_DIR } from "./server-process";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
/** scripts/<name>.ts -> dist/<name>.mjs */
export const ENTRY_POINTS = ["server", "start", "scheduler", "scheduler-worker"] as const;

/**
 * Node resolves `next/server` only as `next/server.js`: a package without an
 * `exports` map gets no extension added. Such imports are written with it.
 */
const explicitSubpaths: Plugin = {
  name: "explicit-subpaths",
  setup(build) {
    build.onResolve({ filter: /^(@[^/]+\/)?[^./][^/]*\/[^.]+$/ }, ({ path: specifier }) => {
      const name = specifier
        .split("/")
        .slice(0, specifier.startsWith("@") ? 2 : 1)
        .join("/");
      const packageJson = path.join(ROOT, "node_modules", name, "package.json");
      if (!existsSync(packageJson) || "exports" in JSON.parse(readFileSync(packageJson, "utf8"))) return undefined;
      const file = path.join(ROOT, "node_modules", `${specifier}.js`);
      return existsSync(file) ? { path: `${specifier}.js`, external: true } : undefined;
    });
  },
};

/** Writes dist/server.mjs, dist/start.mjs and dist/scheduler.mjs, each replaced by a rename: a server starting meanwhile never reads half a file. */
export async function bundleEntryPoints(outdir: string = DIST_DIR): Promise<void> {
  const { outputFiles } = await build({
    plugins: [explicitSubpaths],
    entryPoints: Object.fromEntries(ENTRY_POINTS.map((name) => [name, path.join(ROOT, "scripts", `${name}.ts`)])),
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node22",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
}
