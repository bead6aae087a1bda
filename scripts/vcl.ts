// npm run vcl: rewrites the edge-rules blocks of deploy/varnish/marquee.vcl
// from the table in lib/cache/edge-rules.ts (the rules the page cache reads).
// lib/cache/edge-rules.test.ts fails while the file and the table disagree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeVclBlocks } from "../lib/cache/edge-rules";

const file = path.resolve(import.meta.dirname, "../deploy/varnish/marquee.vcl");
const before = readFileSync(file, "utf8");
const after = writeVclBlocks(before);
if (after === before) console.log(`${path.relative(process.cwd(), file)} already follows lib/cache/edge-rules.ts`);
else {
  writeFileSync(file, after);
  console.log(`Rewrote the edge-rules blocks of ${path.relative(process.cwd(), file)}`);
}
