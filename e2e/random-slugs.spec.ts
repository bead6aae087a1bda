// Made-up addresses on the real production server: every one answers 404
// with a header no cache keeps, and none leaves anything behind. Next 16
// writes each page it renders for a slug outside the build to
// .next/server/route-cache (about 60 kB each, a 404 included); the server's
// gate (lib/cache/unknown-page-gate.ts) must keep made-up slugs from ever
// being rendered there.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, leadStory, test } from "./fixtures";

const SERVER_DIR = path.join(process.cwd(), ".next", "server");
const COUNT = 300;

/** Files under .next/server: the build's own, plus every page Next kept since (route-cache). */
function filesUnder(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    n += entry.isDirectory() ? filesUnder(full) : statSync(full).isFile() ? 1 : 0;
  }
  return n;
}

const run = Date.now().toString(36);
/** A made-up address of each kind the gate judges, the `i`th of this run. */
const madeUp = (i: number): string[] => [
  `/articles/junk-${run}-${i}`,
  `/tags/junk-${run}-${i}`,
  `/tags/junk-${run}-${i}/page/2`,
  `/tags/junk-${run}-${i}/feed.xml`,
  `/sections/junk-${run}-${i}`,
  `/sections/junk-${run}-${i}/feed.atom`,
  `/authors/junk-${run}-${i}`,
  `/authors/junk-${run}-${i}/page/${2 + (i % 50)}`,
  `/authors/junk-${run}-${i}/feed.json`,
  `/sitemaps/articles-${1000 + i}.xml`,
];

async function expectGone(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  const cacheControl = response.headers()["cache-control"] ?? "";
  expect(cacheControl, url).not.toMatch(/s-maxage/);
  expect(cacheControl, url).toMatch(/no-store|max-age=0/);
  expect(response.headers()["x-marquee-cache"] ?? "miss", url).not.toBe("hit");
}

test("made-up slugs answer 404, uncacheable, and add nothing under .next", async ({ request }) => {
  test.setTimeout(240_000);
  // The first made-up address of each kind brings its one shared 404 entry (the build's "-" placeholder).
  for (const url of madeUp(-1)) await expectGone(request, url);
  const before = filesUnder(SERVER_DIR);

  const urls = Array.from({ length: COUNT }, (_, i) => madeUp(i)).flat();
  for (let i = 0; i < urls.length; i += 8) await Promise.all(urls.slice(i, i + 8).map((url) => expectGone(request, url)));
  // Asked again: still a 404 from Next, never a stored copy.
  for (const url of madeUp(0)) await expectGone(request, url);

  expect(filesUnder(SERVER_DIR)).toBe(before);
});

test("made-up article slugs get the site's own not-found page; real pages are unaffected", async ({ request }) => {
  const junk = await request.get(`/articles/junk-${run}-page`);
  expect(junk.status()).toBe(404);
  expect(await junk.text()).toContain("Page not found");
  const real = await request.get(`/articles/${leadStory.slug}`);
  expect(real.status()).toBe(200);
  expect(real.headers()["cache-control"]).toMatch(/s-maxage/);
  expect((await request.get("/tags/salt-and-ember")).status()).toBe(200);
  expect((await request.get("/tags/salt-and-ember/feed.xml")).status()).toBe(200);
});
