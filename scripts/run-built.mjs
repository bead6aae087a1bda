// `npm start` and `npm run scheduler`: runs dist/<name>.mjs, which
// `npm run build` bundles (scripts/lib/bundle.ts), on Node alone. Plain
// JavaScript, so that a missing build is said in one line.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const name = process.argv[2];
const entry = path.resolve("dist", `${name}.mjs`);
if (!/^[a-z-]+$/.test(name ?? "") || !existsSync(entry)) {
  console.error("\n✖ No production build found. Run `npm run build` first.\n");
  process.exit(1);
}
// glibc gives every thread that allocates an arena of its own and keeps what
// they free: with sharp's threads making image variants, a server's resident
// memory grew by hundreds of megabytes and stayed there. Two arenas, as
// sharp's documentation advises for Linux servers (lib/media/variants.ts).
// The setting is read when a process starts, so this one starts again with
// it, in place (same pid, signals and output).
if (process.platform === "linux" && !process.env.MALLOC_ARENA_MAX && typeof process.execve === "function") {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], { ...process.env, MALLOC_ARENA_MAX: "2" });
}
process.argv.splice(2, 1);
await import(pathToFileURL(entry).href).catch((error) => {
  // The bundle could not load (a package missing from node_modules, a build from other sources).
  if (process.env.MARQUEE_DEBUG === "1") console.error(error);
  console.error(
    `\n✖ dist/${name}.mjs could not be loaded: ${String(error?.message ?? error).split("\n")[0]} Run \`npm install\`, then \`npm run build\`. (MARQUEE_DEBUG=1 shows more.)\n`,
  );
  process.exit(1);
});
