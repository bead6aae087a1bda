import { describe, expect, it } from "vitest";
import { PageCache, type StoredResponse } from "./page-cache";

const page = (keys: string[], bytes = 1000): StoredResponse => ({
  status: 200,
  headers: [["content-type", "text/html"]],
  flatHeaders: ["content-type", "text/html"],
  body: Buffer.alloc(bytes, "a"),
  etag: '"e1"',
  keys,
  storedAt: 0,
});

function clockedCache(maxBytes = 1024 * 1024) {
  const clock = { now: 10_000 };
  return { clock, cache: new PageCache(maxBytes, () => clock.now) };
}

describe("page cache", () => {
  it("answers what it stored until a purge names one of its keys", () => {
    const { clock, cache } = clockedCache();
    cache.set("identity /articles/a", page(["slug:a", "latest"]), 3600, clock.now);
    cache.set("identity /tags/b", page(["tag:b"]), 3600, clock.now);
    expect(cache.get("identity /articles/a")?.keys).toEqual(["slug:a", "latest"]);

    expect(cache.purge(["latest"])).toBe(1);
    expect(cache.get("identity /articles/a")).toBeUndefined();
    expect(cache.get("identity /tags/b")?.keys).toEqual(["tag:b"]);
  });

  it("does not keep an answer whose render began before a purge of its keys, however late it arrives", () => {
    const { clock, cache } = clockedCache();
    const renderedBefore = clock.now;
    clock.now += 5;
    cache.purge(["slug:a"]);
    clock.now += 2_000;
    // The render may have read the old story: never kept, even seconds after the purge.
    expect(cache.set("identity /articles/a", page(["slug:a"]), 3600, renderedBefore)).toBe(false);
    expect(cache.set("identity /articles/a", page(["slug:a"]), 3600, clock.now - 2_000)).toBe(false);
    expect(cache.get("identity /articles/a")).toBeUndefined();
    // Other keys are unaffected.
    expect(cache.set("identity /tags/b", page(["tag:b"]), 3600, renderedBefore)).toBe(true);
    // A render begun after the purge is kept at once: no hold.
    expect(cache.set("identity /articles/a", page(["slug:a"]), 3600, clock.now - 1_999)).toBe(true);
    expect(cache.get("identity /articles/a")?.body.length).toBe(1000);
  });

  it("forgets an answer after the seconds the response allowed", () => {
    const { clock, cache } = clockedCache();
    cache.set("identity /feed.xml", page(["feeds"]), 60, clock.now);
    clock.now += 59_000;
    expect(cache.get("identity /feed.xml")?.keys).toEqual(["feeds"]);
    clock.now += 2_000;
    expect(cache.get("identity /feed.xml")).toBeUndefined();
  });

  it("stays within its size, dropping the least recently used", () => {
    const { clock, cache } = clockedCache(12_000);
    for (const n of [1, 2, 3]) cache.set(`identity /p/${n}`, page([`p:${n}`], 3000), 3600, clock.now);
    cache.get("identity /p/1");
    cache.set("identity /p/4", page(["p:4"], 3000), 3600, clock.now);
    expect(cache.bytes).toBeLessThanOrEqual(12_000);
    expect(cache.get("identity /p/2")).toBeUndefined();
    expect(cache.get("identity /p/1")?.keys).toEqual(["p:1"]);
    // Larger than the whole cache: not kept at all.
    expect(cache.set("identity /big", page(["big"], 20_000), 3600, clock.now)).toBe(false);
  });

  it("empties itself after it may have missed purges, and keeps nothing rendered before that", () => {
    const { clock, cache } = clockedCache();
    cache.set("identity /", page(["home"]), 3600, clock.now);
    cache.set("identity /tags/b", page(["tag:b"]), 3600, clock.now);
    const renderedBefore = clock.now;
    clock.now += 10;
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.set("identity /", page(["home"]), 3600, renderedBefore)).toBe(false);
    expect(cache.set("identity /", page(["home"]), 3600, clock.now + 1)).toBe(true);
  });
});
