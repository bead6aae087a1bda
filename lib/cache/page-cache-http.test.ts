// The page cache in front of a real HTTP server. The stand-in for Next below
// answers the way Next's cached pages do (headers set one by one, xkey,
// s-maxage, an ETag, the body in chunks), and counts what reaches it.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PageCache } from "./page-cache";
import { acceptsGzip, cacheUrl, RENDERED_AT_HEADER, sharedTtlSeconds, STALE_IN_FLIGHT_CONTROL, STALE_IN_FLIGHT_HEADER, withPageCache } from "./page-cache-http";

let version = 1;
/** When the stand-in says its render began (Next's cache handler sets this header), or nothing. */
let renderedAt: number | undefined;
const reached: string[] = [];
function upstream(req: IncomingMessage, res: ServerResponse) {
  reached.push(`${req.method} ${req.url} ${req.headers["accept-encoding"] ?? "-"}`);
  const url = req.url ?? "/";
  if (url.startsWith("/missing")) {
    res.statusCode = 404;
    res.setHeader("cache-control", "private, no-store");
    return void res.end("not found");
  }
  const body = Buffer.from(`<h1>${url} v${version}</h1>`.repeat(50));
  const gzip = req.headers["accept-encoding"] === "gzip";
  res.setHeader("xkey", url.startsWith("/articles/") ? `slug:${url.split("/")[2]} latest` : "home");
  res.setHeader("cache-control", url.startsWith("/private") ? "private, no-cache" : "s-maxage=3600, stale-while-revalidate=60");
  if (url.startsWith("/cookie")) res.setHeader("set-cookie", "a=b");
  if (url.startsWith("/stale")) res.setHeader("x-nextjs-cache", "STALE");
  if (renderedAt !== undefined) res.setHeader(RENDERED_AT_HEADER, String(renderedAt));
  res.setHeader("etag", `"v${version}"`);
  res.setHeader("last-modified", "Sun, 22 Nov 2026 08:00:00 GMT");
  res.setHeader("vary", "rsc, Accept-Encoding");
  if (gzip) res.setHeader("content-encoding", "gzip");
  const sent = gzip ? gzipSync(body) : body;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.write(sent.subarray(0, 100));
  res.end(sent.subarray(100));
}

let server: Server;
let base: string;
let cache: PageCache;
const clock = { now: 0 };

beforeAll(async () => {
  server = createServer((req, res) => withPageCache(cache, upstream)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clock.now = Date.parse("2026-11-22T08:00:00Z");
  cache = new PageCache(1024 * 1024, () => clock.now);
  reached.length = 0;
  version = 1;
  renderedAt = undefined;
});

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer; cache: string | undefined };

// node:http rather than fetch, which would add its own Accept-Encoding and unzip.
function get(path: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), cache: res.headers["x-marquee-cache"] as string | undefined }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("page cache over HTTP", () => {
  it("answers the second request itself, with the same status, headers and bytes", async () => {
    const first = await get("/articles/a");
    expect(first.cache).toBe("miss");
    const second = await get("/articles/a");
    expect(second.cache).toBe("hit");
    expect(second.body.equals(first.body)).toBe(true);
    for (const name of ["content-type", "etag", "cache-control", "vary", "xkey"]) expect(second.headers[name], name).toBe(first.headers[name]);
    expect(second.headers["content-length"]).toBe(String(first.body.length));
    expect(reached).toHaveLength(1);
  });

  it("keeps the gzip and plain answers apart and sends each untouched", async () => {
    await get("/", { "accept-encoding": "gzip, deflate, br" });
    await get("/");
    const zipped = await get("/", { "accept-encoding": "br;q=1, gzip" });
    const plain = await get("/", { "accept-encoding": "gzip;q=0" });
    expect(zipped.cache).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toContain("<h1>/ v1</h1>");
    expect(plain.cache).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toContain("<h1>/ v1</h1>");
    expect(reached).toEqual(["GET / gzip", "GET / -"]);
  });

  it("drops a page when a purge names one of its keys, and keeps the new one at once", async () => {
    await get("/articles/a");
    await get("/articles/b");
    version = 2;
    cache.purge(["slug:a"]);
    clock.now += 1;
    const fresh = await get("/articles/a");
    expect(fresh.body.toString()).toContain("v2");
    expect(fresh.cache).toBe("miss");
    expect((await get("/articles/b")).cache).toBe("hit");
    expect((await get("/articles/a")).cache).toBe("hit");
  });

  it("keeps no answer whose render began before a purge, and tells the edge not to keep it either", async () => {
    // A render that began before the purge finishes after it: Next dates it by its start.
    renderedAt = clock.now;
    clock.now += 5;
    cache.purge(["slug:a"]);
    clock.now += 1_000;
    const late = await get("/articles/a");
    expect(late.status).toBe(200);
    expect(late.headers["cache-control"]).toBe(STALE_IN_FLIGHT_CONTROL);
    expect(late.headers[STALE_IN_FLIGHT_HEADER]).toBe("1");
    expect((await get("/articles/a")).cache).toBe("miss");
    // Rendered after the purge: kept, and shareable as Next said.
    renderedAt = clock.now;
    const fresh = await get("/articles/a");
    expect(fresh.headers["cache-control"]).toBe("s-maxage=3600, stale-while-revalidate=60");
    expect(fresh.headers[STALE_IN_FLIGHT_HEADER]).toBeUndefined();
    expect((await get("/articles/a")).cache).toBe("hit");
    // A page under other keys is not held back by that purge.
    renderedAt = clock.now - 10_000;
    await get("/articles/b");
    expect((await get("/articles/b")).cache).toBe("hit");
  });

  it("answers 304 to a client that holds the stored copy (ETag or date), and HEAD without a body", async () => {
    await get("/articles/a");
    const notModified = await get("/articles/a", { "if-none-match": 'W/"v1"' });
    expect(notModified.status).toBe(304);
    expect(notModified.cache).toBe("hit");
    expect(notModified.body.length).toBe(0);
    expect((await get("/articles/a", { "if-none-match": '"v0"' })).status).toBe(200);
    expect((await get("/articles/a", { "if-modified-since": "Sun, 22 Nov 2026 09:00:00 GMT" })).status).toBe(304);
    expect((await get("/articles/a", { "if-modified-since": "Sun, 22 Nov 2026 07:00:00 GMT" })).status).toBe(200);
    // An ETag that does not match wins over a date that would.
    expect((await get("/articles/a", { "if-none-match": '"v0"', "if-modified-since": "Sun, 22 Nov 2026 09:00:00 GMT" })).status).toBe(200);
    const head = await get("/articles/a", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.cache).toBe("hit");
    expect(head.body.length).toBe(0);
    expect(reached).toHaveLength(1);
  });

  it("never shares what is personal or not marked shareable", async () => {
    const personal: [string, Record<string, string>][] = [
      ["/articles/a", { rsc: "1" }],
      ["/articles/a?_rsc=abc", {}],
      ["/articles/a", { cookie: "theme=dark; __prerender_bypass=x" }],
      ["/articles/a", { authorization: "Bearer t" }],
      ["/admin/articles", {}],
      ["/api/admin/articles", {}],
      ["/login?callbackUrl=%2Fadmin", {}],
      ["/preview/abc", {}],
    ];
    for (const [path, headers] of personal) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.cache, path).toBe("pass");
    }
    for (const path of ["/private", "/cookie", "/missing", "/stale"]) {
      await get(path);
      expect((await get(path)).cache, path).toBe("miss");
    }
    expect(cache.size).toBe(0);
    expect((await get("/articles/a", {}, "POST", "x")).cache).toBe("pass");
    expect(cache.size).toBe(0);
  });

  it("shares one copy among a page's made-up and tracking variants, never among different searches", async () => {
    await get("/articles/a?utm_source=x");
    for (const variant of ["/articles/a", "/articles/a?fbclid=1&page=2", "/articles/a?"]) expect((await get(variant)).cache, variant).toBe("hit");
    await get("/search?q=two&page=1&utm_medium=y");
    expect((await get("/search?page=1&q=two")).cache).toBe("hit");
    expect((await get("/search?q=three&page=1")).cache).toBe("miss");
    expect(reached).toHaveLength(3);
  });
});

describe("cache keys", () => {
  it("are the URL as the edge keys it", () => {
    expect(cacheUrl("/")).toBe("/");
    expect(cacheUrl("/?x=1")).toBe("/");
    expect(cacheUrl("/tags/streaming/feed.xml?utm_campaign=a")).toBe("/tags/streaming/feed.xml");
    expect(cacheUrl("/api/content/articles?tag=tv&limit=5&gclid=z")).toBe("/api/content/articles?limit=5&tag=tv");
    expect(cacheUrl("/search?q=%22top+ten%22")).toBe("/search?q=%22top+ten%22");
    expect(cacheUrl("/api/content/articles?utm_source=a")).toBe("/api/content/articles");
  });
});

describe("shareable responses", () => {
  it("takes the shared lifetime from s-maxage, and only with keys and no cookie", () => {
    expect(sharedTtlSeconds({ xkey: "home", "cache-control": "s-maxage=3600, stale-while-revalidate=601200" })).toBe(3600);
    expect(sharedTtlSeconds({ xkey: "feeds", "cache-control": "public, max-age=0, s-maxage=60" })).toBe(60);
    expect(sharedTtlSeconds({ "cache-control": "s-maxage=60" })).toBe(0);
    expect(sharedTtlSeconds({ xkey: "home", "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(0);
    expect(sharedTtlSeconds({ xkey: "home", "cache-control": "public, max-age=60" })).toBe(0);
    expect(sharedTtlSeconds({ xkey: "home", "cache-control": "s-maxage=60", "set-cookie": ["a=b"] })).toBe(0);
  });

  it("reads Accept-Encoding as the edge does", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("x-gzip")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("misses of one page at the same time", () => {
  /** A page cache in front of the stand-in, which holds every request until `open` is called. */
  async function gatedServer() {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const counts = { arrived: 0, reachedNext: 0 };
    const handler = withPageCache(new PageCache(1024 * 1024), (req, res) => {
      counts.reachedNext++;
      void gate.then(() => upstream(req, res));
    });
    const gated = createServer((req, res) => {
      counts.arrived++;
      handler(req, res);
    });
    await new Promise<void>((resolve) => gated.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(gated.address() as AddressInfo).port}`;
    return { url, counts, open, close: () => new Promise<void>((resolve) => gated.close(() => resolve())) };
  }

  it("reach Next once; the others wait and are answered with what it kept", async () => {
    const gated = await gatedServer();
    try {
      const answers = Promise.all(Array.from({ length: 5 }, () => fetch(`${gated.url}/articles/busy`)));
      await expect.poll(() => gated.counts.arrived).toBe(5);
      expect(gated.counts.reachedNext).toBe(1);
      gated.open();
      const responses = await answers;
      const bodies = await Promise.all(responses.map((r) => r.text()));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(bodies).size).toBe(1);
      expect(responses.map((r) => r.headers.get("x-marquee-cache")).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
      expect(gated.counts.reachedNext).toBe(1);
    } finally {
      await gated.close();
    }
  });

  it("all go to Next at once when the first answer could not be kept", async () => {
    const gated = await gatedServer();
    try {
      const answers = Promise.all(Array.from({ length: 4 }, () => fetch(`${gated.url}/cookie-page`)));
      await expect.poll(() => gated.counts.arrived).toBe(4);
      gated.open();
      const responses = await answers;
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(gated.counts.reachedNext).toBe(4);
      expect(responses.every((r) => r.headers.get("x-marquee-cache") === "miss")).toBe(true);
    } finally {
      await gated.close();
    }
  });
});
