// Invalidations reach every instance through Postgres NOTIFY: what one
// process announces, another hears, in payloads PostgreSQL accepts.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { getEnv } from "@/lib/env";
import { INVALIDATE_CHANNEL, instanceId, tagsToApply } from "./fanout";
import { invalidateTags } from "./invalidate";

const listener = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
const heard: string[] = [];

beforeAll(async () => {
  await listener.listen(INVALIDATE_CHANNEL, (payload) => heard.push(payload));
});
afterAll(() => listener.end({ timeout: 5 }));

describe("invalidation fan-out", () => {
  it("clears this process's Next caches at once, outside any request, and announces the tags to every other process", async () => {
    heard.length = 0;
    const before = Date.now();
    await invalidateTags(["home", "article:1"]);
    // Next's full-route cache and 'use cache' entries made before now are gone for both tags.
    for (const tag of ["home", "article:1"]) expect(tagsManifest.get(tag)?.expired).toBeGreaterThanOrEqual(before - 1);
    await expect.poll(() => heard.length).toBe(1);
    expect(JSON.parse(heard[0])).toEqual({ origin: instanceId, appliedAtOrigin: true, tags: ["home", "article:1"] });
    // This process cleared them already; another one applies them.
    expect(tagsToApply(heard[0])).toEqual([]);
    expect(tagsToApply(heard[0].replace(instanceId, "another-instance"))).toEqual(["home", "article:1"]);
  });

  it("splits a long list into payloads under PostgreSQL's 8000-byte limit, losing no tag", async () => {
    heard.length = 0;
    const tags = Array.from({ length: 900 }, (_, i) => `tag:a-long-tag-slug-for-the-fan-out-test-${i}`);
    await invalidateTags(tags);
    await expect.poll(() => heard.flatMap((p) => JSON.parse(p).tags).length).toBe(900);
    expect(heard.length).toBeGreaterThan(1);
    expect(heard.every((p) => Buffer.byteLength(p) < 8000)).toBe(true);
    expect(heard.flatMap((p) => JSON.parse(p).tags)).toEqual(tags);
  });

  it("skips what this process cleared already, and ignores payloads it cannot read", () => {
    expect(tagsToApply(JSON.stringify({ origin: instanceId, appliedAtOrigin: true, tags: ["home"] }))).toEqual([]);
    expect(tagsToApply(JSON.stringify({ origin: "another-instance", appliedAtOrigin: true, tags: ["home", 7] }))).toEqual(["home"]);
    expect(tagsToApply("not json")).toEqual([]);
    expect(tagsToApply(JSON.stringify({ origin: "x" }))).toEqual([]);
  });
});
