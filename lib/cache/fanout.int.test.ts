// Invalidations reach every instance through Postgres NOTIFY: what one
// process announces, another hears, in payloads PostgreSQL accepts.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as internalRevalidate } from "@/app/api/internal/revalidate/route";
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
  it("announces what a background task invalidated, for every instance including its own", async () => {
    heard.length = 0;
    await invalidateTags(["home", "article:1"]);
    await expect.poll(() => heard.length).toBe(1);
    const message = JSON.parse(heard[0]);
    expect(message).toEqual({ origin: instanceId, appliedAtOrigin: false, tags: ["home", "article:1"] });
    // Here no server could clear them, so this process applies them when it hears them too.
    expect(tagsToApply(heard[0])).toEqual(["home", "article:1"]);
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

describe("POST /api/internal/revalidate", () => {
  it.each([
    ["no secret", {}],
    ["a guessed secret", { "x-marquee-internal": "guess" }],
    ["an empty secret", { "x-marquee-internal": "" }],
  ])("answers 404 with %s, as if it did not exist", async (_name, headers) => {
    const response = await internalRevalidate(
      new Request("http://localhost/api/internal/revalidate", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: '{"tags":["home"]}',
      }),
    );
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});
