// The purge after a publishing event, against a real Varnish running the
// shipped VCL. The origin here is a few lines of node:http answering with
// xkey headers, standing in for pages the edge has stored.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort } from "@/bench/lib/processes";
import { startVarnish, type Varnish } from "@/scripts/lib/varnish";

// Before anything reads the configuration (lib/env.ts parses it once).
const edgePort = await freePort();
process.env.EDGE_PURGE_URLS = `http://127.0.0.1:${edgePort}/`;
// The secret the app sends and every Varnish below expects (startVarnish reads it from here).
const secret = (process.env.EDGE_PURGE_SECRET = randomBytes(32).toString("base64url"));
const { makeArticle, makeTag, makeUser } = await import("@/tests/factories");
const { purgeWithRetry, settleEdgePurges, varnishPurger } = await import("./edge-purge");
const { RELATED_KEY } = await import("./edge-headers");
const { transitionArticle } = await import("@/lib/publishing/commands");

let origin: http.Server;
let originPort: number;
let edge: Varnish;

beforeAll(async () => {
  originPort = await freePort();
  origin = http.createServer((req, res) => {
    // /keys/<key>/<key>... is stored under those keys.
    const keys = decodeURIComponent(req.url!.replace(/^\/keys\//, "")).split("/");
    res.writeHead(200, { "Cache-Control": "public, s-maxage=3600", xkey: keys.join(" ") });
    res.end(`stored under ${keys.join(" ")} at ${Date.now()}`);
  });
  await new Promise<void>((resolve) => origin.listen(originPort, "127.0.0.1", resolve));
  edge = await startVarnish({ port: edgePort, backendPort: originPort });
});

afterAll(async () => {
  await edge?.stop();
  origin?.close();
});

/** The JSON log lines (lib/server/log.ts) written to stderr while `spy` was on. */
const logged = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map(([chunk]) => JSON.parse(String(chunk)) as { level: string; source: string; msg: string; edge?: string; keys?: string[] });

const cacheOf = async (path: string, port = edgePort) => (await fetch(`http://127.0.0.1:${port}${path}`)).headers.get("x-cache");

async function stored(path: string, port = edgePort) {
  await fetch(`http://127.0.0.1:${port}${path}`);
  expect(await cacheOf(path, port)).toBe("hit");
}

describe("edge purge", () => {
  it("drops what a publish touched from the edge, outside any request (scripts, the scheduler)", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const draft = await makeArticle(editor, { tagIds: [tag.id] });
    const articlePage = `/keys/slug:${draft.slug}`;
    const tagPage = `/keys/tag:${tag.slug}/sections`;
    const unrelated = "/keys/tag:someone-else";
    for (const path of [articlePage, tagPage, unrelated]) await stored(path);

    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    await settleEdgePurges();

    expect(await cacheOf(articlePage)).toBe("miss");
    expect(await cacheOf(tagPage)).toBe("miss");
    expect(await cacheOf(unrelated)).toBe("hit");
  });

  it("refreshes other article pages in the background when a story goes live, and drops them when it comes down", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const otherArticle = `/keys/slug:another-story-${draft.id}/${RELATED_KEY}/sections`;
    const page = async () => {
      const response = await fetch(`http://127.0.0.1:${edgePort}${otherArticle}`);
      return { cache: response.headers.get("x-cache"), body: await response.text() };
    };
    await stored(otherArticle);
    const before = (await page()).body;

    const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    await settleEdgePurges();
    // Readers of the other story are not sent to the app: they get the copy while one fetch refreshes it.
    expect(await page()).toEqual({ cache: "hit", body: before });
    await expect.poll(async () => (await page()).body).not.toBe(before);
    expect((await page()).cache).toBe("hit");

    await transitionArticle({ actor: editor, articleId: draft.id, action: "unpublish", version: published.version });
    await settleEdgePurges();
    expect((await page()).cache).toBe("miss");
  });

  it("sends a read that finds one instance gone to the next one, before any health probe has noticed", async () => {
    const port = await freePort();
    const gone = await freePort(); // nothing listens here: an instance just killed
    const pair = await startVarnish({ port, backendPort: [gone, originPort], probe: false });
    try {
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/keys/slug:retry-${i}-${Date.now()}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toMatch(/^stored under slug:retry-/);
      }
    } finally {
      await pair.stop();
    }
  });

  it("retries an edge that is not answering yet, and says so in the log", async () => {
    const port = await freePort();
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    let late: Varnish | undefined;
    const starting = new Promise<void>((resolve) => {
      setTimeout(() => void startVarnish({ port, backendPort: originPort }).then((v) => ((late = v), resolve())), 200);
    });
    try {
      const purging = purgeWithRetry(varnishPurger(`http://127.0.0.1:${port}/`, secret), ["slug:x"], [100, 500, 1000, 2000, 4000, 8000]);
      await starting;
      expect(await purging).toBe(true);
      const [first] = logged(stderr);
      expect(first).toMatchObject({ level: "warn", source: "edge-purge", edge: `varnish http://127.0.0.1:${port}/` });
      expect(first.msg).toMatch(/failed \(fetch failed: ECONNREFUSED\); attempt 2/);
    } finally {
      stderr.mockRestore();
      await late?.stop();
    }
  });

  it("gives up on an edge that refuses (not in its ACL) with an error naming the keys, and purges nothing there", async () => {
    const port = await freePort();
    const guarded = await startVarnish({ port, backendPort: originPort, purgers: ["192.0.2.1"] });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await stored("/keys/slug:kept", port);
      expect(await purgeWithRetry(varnishPurger(`http://127.0.0.1:${port}/`, secret), ["slug:kept"], [10, 10])).toBe(false);
      const lines = logged(stderr);
      expect(lines.filter((l) => l.level === "warn")).toHaveLength(2);
      const gaveUp = lines.find((l) => l.level === "error")!;
      expect(gaveUp.msg).toMatch(/gave up after 3 attempts \(answered 403 Forbidden\)/);
      expect(gaveUp.keys).toEqual(["slug:kept"]);
      expect(await cacheOf("/keys/slug:kept", port)).toBe("hit");
    } finally {
      stderr.mockRestore();
      await guarded.stop();
    }
  });

  it("is refused by an edge that expects another secret, from an address in its ACL, and purges nothing there", async () => {
    const port = await freePort();
    const other = await startVarnish({ port, backendPort: originPort, purgeSecret: randomBytes(32).toString("base64url") });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      await stored("/keys/slug:guarded", port);
      expect(await purgeWithRetry(varnishPurger(`http://127.0.0.1:${port}/`, secret), ["slug:guarded"], [10])).toBe(false);
      const gaveUp = logged(stderr).find((l) => l.level === "error")!;
      expect(gaveUp.msg).toMatch(/gave up .* \(answered 403 Forbidden\)/);
      expect(gaveUp.keys).toEqual(["slug:guarded"]);
      expect(await cacheOf("/keys/slug:guarded", port)).toBe("hit");
      expect(await purgeWithRetry(varnishPurger(`http://127.0.0.1:${port}/`, other.purgeSecret), ["slug:guarded"], [])).toBe(true);
      expect(await cacheOf("/keys/slug:guarded", port)).toBe("miss");
    } finally {
      stderr.mockRestore();
      await other.stop();
    }
  });
});
