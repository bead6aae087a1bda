// npm run bench:script (after npm run build)
// The script each route loads on its first visit, from the build's own
// record (.next/diagnostics/route-bundle-stats.json): files, bytes and bytes
// gzipped, split into what every route loads (Next's runtime) and what the
// route adds. Readers' pages should add only Link, Form and the site's error
// boundary (docs/architecture.md, "Readers' script"). Needs no server.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const STATS = ".next/diagnostics/route-bundle-stats.json";
type RouteStats = { route: string; firstLoadChunkPaths: string[] };

function main() {
  if (!existsSync(STATS)) {
    console.error(`${STATS} not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  const routes = JSON.parse(readFileSync(STATS, "utf8")) as RouteStats[];
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (files: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      let s = sizes.get(file);
      if (!s) {
        const bytes = readFileSync(file);
        s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
        sizes.set(file, s);
      }
      raw += s.raw;
      gzip += s.gzip;
    }
    return { raw, gzip };
  };
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const every = routes.map((r) => new Set(r.firstLoadChunkPaths)).reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
  const floor = size(every);
  console.log(`Every route: ${every.size} files, ${kB(floor.raw)} (${kB(floor.gzip)} gzipped)\n`);
  const width = Math.max(...routes.map((r) => r.route.length)) + 2;
  console.log("route".padEnd(width) + "files".padEnd(7) + "total".padEnd(12) + "gzipped".padEnd(12) + "beyond every route (gzipped)");
  const sorted = [...routes].sort((a, b) => a.route.localeCompare(b.route));
  for (const r of sorted) {
    const total = size(r.firstLoadChunkPaths);
    const own = size(r.firstLoadChunkPaths.filter((f) => !every.has(f)));
    const cells = [String(r.firstLoadChunkPaths.length).padEnd(7), kB(total.raw).padEnd(12), kB(total.gzip).padEnd(12), `${kB(own.raw)} (${kB(own.gzip)})`];
    console.log(r.route.padEnd(width) + cells.join(""));
  }
}

main();
