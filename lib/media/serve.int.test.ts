import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedTtlSeconds } from "@/lib/cache/page-cache-http";
import { makeUser } from "@/tests/factories";
import { createFromUpload, replaceMediaFile } from "./commands";
import { serveMediaFile } from "./serve";
import { LocalStorage } from "./storage-local";

let root: string;
let storage: LocalStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "marquee-media-serve-"));
  storage = new LocalStorage({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const photo = (width: number, colour: string) =>
  sharp({ create: { width, height: 400, channels: 3, background: colour } })
    .png()
    .toBuffer();
const keyOf = (url: string) => url.replace(/^\/media\//, "").split("/");
const get = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  serveMediaFile(keyOf(url), new Request(`http://localhost${url}`, { method, headers }), storage);

describe("serving media files", () => {
  it("answers a variant with its bytes, type, length, a year's immutable caching and the item's key", async () => {
    const editor = await makeUser("editor");
    const { media } = await createFromUpload({ actor: editor, bytes: await photo(700, "#c33"), filename: "a.png" }, { storage });
    const avif = media.variants.find((v) => v.format === "avif" && v.width === 640)!;
    const response = await get(avif.url);
    expect(response.status).toBe(200);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toBe("image/avif");
    expect(response.headers.get("content-length")).toBe(String(body.byteLength));
    expect(body.byteLength).toBe(avif.bytes);
    expect((await sharp(body).metadata()).width).toBe(640);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=31536000, .*immutable/);
    expect(response.headers.get("xkey")).toBe(`media:${media.id}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // The page cache in front keeps it (it needs a shared lifetime and keys).
    expect(sharedTtlSeconds({ xkey: response.headers.get("xkey")!, "cache-control": response.headers.get("cache-control")! })).toBe(31536000);

    const original = await get(media.url);
    expect(original.headers.get("content-type")).toBe("image/png");
    const again = await get(avif.url, { "if-none-match": response.headers.get("etag")! });
    expect(again.status).toBe(304);
    const head = await get(avif.url, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(avif.bytes));
  });

  it("answers 404 for a key no item names, a malformed key, and the old files of a replaced item", async () => {
    const editor = await makeUser("editor");
    const { media } = await createFromUpload({ actor: editor, bytes: await photo(400, "#3c3"), filename: "b.png" }, { storage });
    const { media: replaced } = await replaceMediaFile({ actor: editor, id: media.id, bytes: await photo(500, "#33c"), filename: "c.png" }, { storage });
    expect((await get(media.variants[0].url)).status).toBe(404);
    expect((await get(replaced.variants[0].url)).status).toBe(200);
    expect((await get(`/media/ab/${"a".repeat(64)}/320.jpg`)).status).toBe(404);
    expect((await serveMediaFile(["..", "etc", "passwd"], new Request("http://localhost/media/x"), storage)).status).toBe(404);
  });
});
