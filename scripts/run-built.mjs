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
process.argv.splice(2, 1);
await import(pathToFileURL(entry).href).catch((error) => {
  // The bundle could not load (a package missing from node_modules, a build from other sources).
  if (process.env.MARQUEE_DEBUG === "1") console.error(error);
  console.error(
    `\n✖ dist/${name}.mjs could not be loaded: ${String(error?.message ?? error).split("\n")[0]} Run \`npm install\`, then \`npm run build\`. (MARQUEE_DEBUG=1 shows more.)\n`,
  );
  process.exit(1);
});
