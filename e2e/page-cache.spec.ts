// The page cache in front of Next (scripts/server.ts), on the real server:
// what it answers itself, and what it always leaves to Next.
import type { APIRequestContext } from "@playwright/test";
import { expect, leadStory, test } from "./fixtures";

const LEAD = `/articles/${leadStory.slug}`;
const cacheOf = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  (await request.get(path, { headers, maxRedirects: 0 })).headers()["x-marquee-cache"];

// A publish elsewhere in the suite holds pages back for a moment: wait until this one is stored.
const untilHit = (request: APIRequestContext, path: string, headers: Record<string, string>) =>
  expect.poll(() => cacheOf(request, path, headers), { timeout: 10_000, intervals: [250] }).toBe("hit");

test("a story is answered from the page cache, gzip and plain apart, and 304 to a reader who has it", async ({ request }) => {
  const plain = { "accept-encoding": "identity" };
  const gzip = { "accept-encoding": "gzip" };
  await untilHit(request, LEAD, plain);
  await untilHit(request, LEAD, gzip);

  const plainHit = await request.get(LEAD, { headers: plain });
  const gzipHit = await request.get(LEAD, { headers: gzip });
  expect(plainHit.headers()["content-encoding"]).toBeUndefined();
  expect(gzipHit.headers()["content-encoding"]).toBe("gzip");
  for (const hit of [plainHit, gzipHit]) {
    expect(hit.status()).toBe(200);
    expect(await hit.text()).toContain("Will Mara return to Harrow Bay?");
  }

  const etag = plainHit.headers().etag;
  expect(etag).toMatch(/^(W\/)?"/);
  const again = await request.get(LEAD, { headers: { ...plain, "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["x-marquee-cache"]).toBe("hit");
  // Tracking parameters share the stored copy.
  expect(await cacheOf(request, `${LEAD}?utm_source=newsletter`, plain)).toBe("hit");
});

test("client-side navigation, draft mode, sign-in and the dashboard always go to Next", async ({ request }) => {
  await untilHit(request, LEAD, {});
  expect(await cacheOf(request, LEAD, { rsc: "1" })).toBe("pass");
  expect(await cacheOf(request, `${LEAD}?_rsc=abc`)).toBe("pass");
  expect(await cacheOf(request, LEAD, { cookie: "__prerender_bypass=x" })).toBe("pass");
  for (const path of ["/login", "/admin", "/api/admin/articles"]) expect(await cacheOf(request, path), path).toBe("pass");
  // Search results depend on the query and are never stored.
  await request.get("/search?q=season");
  expect(await cacheOf(request, "/search?q=season")).toBe("miss");
});
