// Next's full-route cache with Marquee's handler, driven as Next drives it
// (a read that finds nothing, a render, a store), with the race forced: the
// render's tags are invalidated after it began and before it is stored.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods.js";
import { beforeEach, describe, expect, it } from "vitest";
import RenderDatedCache, { RENDERED_AT_HEADER } from "./next-cache-handler.mjs";
import { expireNextTags } from "./next-tags";

const getCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as const;
const setCtx = { ...getCtx, cacheControl: { revalidate: 3600, expire: 604_800 } };

let cache: RenderDatedCache;
let n = 0;
let key: string;
let tag: string;

beforeEach(() => {
  const serverDistDir = path.join(mkdtempSync(path.join(tmpdir(), "marquee-next-cache-")), "server");
  cache = new RenderDatedCache({ fs: nodeFs, dev: false, flushToDisk: false, serverDistDir, maxMemoryCacheSize: 1024 * 1024 } as never);
  n++;
  key = `/articles/race-${n}`;
  tag = `slug:race-${n}`;
});

const page = (story: string) => ({
  kind: "APP_PAGE",
  html: `<h1>${story}</h1>`,
  rscData: Buffer.from(story),
  headers: { "x-next-cache-tags": `_N_T_/layout,${tag},latest` } as Record<string, string>,
  status: 200,
  postponed: undefined,
  segmentData: undefined,
});

/**
 * Times are whole milliseconds, and Next dates some things by Date.now() and
 * others by the performance clock: steps that must come after one another are
 * well apart.
 */
const later = () => new Promise((resolve) => setTimeout(resolve, 25));

const stored = async () => {
  const entry = (await cache.get(key, getCtx as never)) as { value?: { html?: string } } | null;
  return entry?.value?.html ?? null;
};

describe("the full-route cache's handler", () => {
  it("does not store a render that began before one of its tags was invalidated", async () => {
    expect(await stored()).toBeNull(); // the read that starts the render
    const render = page("before the publish");
    await later();
    expireNextTags([tag]); // the publish commits while the render runs
    await later();
    await cache.set(key, render as never, setCtx as never); // the render ends, well after the invalidation
    await later();
    // Not stored: the next request finds nothing and renders again, after the invalidation, and that is kept.
    expect(await stored()).toBeNull();
    await cache.set(key, page("after the publish") as never, setCtx as never);
    expect(await stored()).toBe("<h1>after the publish</h1>");
  });

  it("stores a render nothing invalidated, dated by when it began", async () => {
    const before = Date.now();
    expect(await stored()).toBeNull();
    const render = page("quiet night");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.set(key, render as never, setCtx as never);
    expect(await stored()).toBe("<h1>quiet night</h1>");
    const renderedAt = Number(render.headers[RENDERED_AT_HEADER]);
    expect(renderedAt).toBeGreaterThanOrEqual(before - 1);
    expect(renderedAt).toBeLessThan(before + 20);
  });

  it("ignores invalidations of other tags", async () => {
    expect(await stored()).toBeNull();
    expireNextTags(["slug:another-story"]);
    await cache.set(key, page("unrelated") as never, setCtx as never);
    expect(await stored()).toBe("<h1>unrelated</h1>");
  });

  it("treats a stored entry whose tags expired as a new render's start", async () => {
    await stored();
    await cache.set(key, page("first") as never, setCtx as never);
    await later();
    expireNextTags([tag]);
    await later();
    expect(await stored()).toBeNull(); // Next would render: this read dates it
    await cache.set(key, page("second") as never, setCtx as never);
    expect(await stored()).toBe("<h1>second</h1>");
  });
});
