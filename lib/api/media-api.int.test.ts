// Admin API: the media library through the exported route handlers, with
// bearer tokens (and once with a session), storing into a real S3-compatible
// server (s3rver in a process of its own).
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { createServer } from "node:net";
import { eq, sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as collection from "@/app/api/admin/media/route";
import * as single from "@/app/api/admin/media/[id]/route";
import * as file from "@/app/api/admin/media/[id]/file/route";
import * as articleCollection from "@/app/api/admin/articles/route";
import * as articleSingle from "@/app/api/admin/articles/[id]/route";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import type { Actor } from "@/lib/auth/actor";
import { doc, p } from "@/lib/content/build";
import { MAX_UPLOAD_BYTES } from "@/lib/media/inspect";
import type { MediaStorage } from "@/lib/media/storage";
import { variantsSettled } from "@/lib/media/variant-queue";
import { S3Storage } from "@/lib/media/storage-s3";
import { type Caller, call, fingerprint, makeCaller, postWorkflowAction } from "@/tests/api-test-kit";
import { makeArticle, makeUser, unique } from "@/tests/factories";
import { busyJpeg, pngClaiming } from "@/tests/media-images";
import { s3rverSettings, startS3rver } from "@/tests/s3rver";

const session: { actor: Actor | null; headers: Headers } = { actor: null, headers: new Headers() };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => session.headers }));
const shared: { storage: MediaStorage | null } = { storage: null };
vi.mock("@/lib/media/storage", async (original) => ({
  ...(await original<typeof import("@/lib/media/storage")>()),
  getMediaStorage: async () => shared.storage,
}));

let s3rver: Awaited<ReturnType<typeof startS3rver>>;
let s3: S3Client;
let editor: Caller;
let writer: Caller;
let otherWriter: Caller;

beforeAll(async () => {
  s3rver = await startS3rver();
  const settings = s3rverSettings(s3rver.endpoint);
  shared.storage = new S3Storage(settings);
  s3 = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  });
  [editor, writer, otherWriter] = await Promise.all([makeCaller("editor"), makeCaller("contributor"), makeCaller("contributor")]);
}, 30_000);
afterAll(async () => {
  s3?.destroy();
  await s3rver?.stop();
});

async function storedKeys(): Promise<string[]> {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: "media" }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

/** Rows and files a refused request must leave as they were. */
/** Rows and files, once every variant job already queued (by earlier uploads) has ended. */
async function footprint() {
  await variantsSettled();
  const [row] = await db.execute<{ media: number; audit: number }>(
    sql`select (select count(*) from media)::int as media, (select count(*) from audit_events where entity_type = 'media')::int as audit`,
  );
  return { ...row, files: await storedKeys() };
}

async function photo(width = 800, height = 500): Promise<Buffer> {
  const background = { r: Math.floor(Math.random() * 256), g: Math.floor(Math.random() * 256), b: Math.floor(Math.random() * 256) };
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

function form(bytes: Buffer | null, filename = "photo.jpg", fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  if (bytes) data.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), filename);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

// Tests read deep into the JSON; a wrong shape fails their assertions anyway.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Result = { status: number; json: any; headers: Headers };
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function send<P extends object>(handler: Handler<P>, init: RequestInit & { path: string; params?: P; token?: string | null }): Promise<Result> {
  const { path, params = {} as P, token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  const request = new Request(`http://localhost${path}`, {
    ...rest,
    headers,
    ...(rest.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

const upload = (data: FormData | BodyInit, token: string | null = editor.token, headers: Record<string, string> = {}) =>
  send(collection.POST, { method: "POST", path: "/api/admin/media", body: data, token, headers });
const read = (id: string, token: string | null = editor.token) => send(single.GET, { path: `/api/admin/media/${id}`, params: { id }, token });
const patch = (id: string, body: unknown, token: string | null = editor.token) =>
  send(single.PATCH, {
    method: "PATCH",
    path: `/api/admin/media/${id}`,
    params: { id },
    token,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
const remove = (id: string, token: string | null = editor.token) =>
  send(single.DELETE, { method: "DELETE", path: `/api/admin/media/${id}`, params: { id }, token });
const replace = (id: string, data: FormData, token: string | null = editor.token) =>
  send(file.PUT, { method: "PUT", path: `/api/admin/media/${id}/file`, params: { id }, token, body: data });

async function expectRefusedUpload(
  data: FormData | BodyInit,
  status: number,
  message?: RegExp,
  token: string | null = editor.token,
  headers: Record<string, string> = {},
) {
  const before = await footprint();
  const result = await upload(data, token, headers);
  expect(result.status).toBe(status);
  expect(typeof result.json.error.message).toBe("string");
  if (message) expect(result.json.error.message).toMatch(message);
  expect(await footprint()).toEqual(before);
  return result;
}

describe("POST /api/admin/media", () => {
  it("answers 201 with the item and its variants, stores the files, and gives the same item for the same bytes", async () => {
    const bytes = await photo(800, 500);
    const created = await upload(form(bytes, "Premiere night.jpg", { alt: "The cast on the carpet", credit: "Agency", caption: "Opening night" }));
    expect(created.status).toBe(201);
    const media = created.json.media;
    expect(media).toMatchObject({
      width: 800,
      height: 500,
      mimeType: "image/jpeg",
      alt: "The cast on the carpet",
      credit: "Agency",
      caption: "Opening night",
      filename: "Premiere night.jpg",
    });
    expect(created.headers.get("location")).toBe(`/api/admin/media/${media.id}`);
    // It answers once the original is stored; the variants follow.
    expect(media).toMatchObject({ processing: true, variants: [] });
    await variantsSettled();
    const made = await read(media.id);
    expect(made.json.media.processing).toBe(false);
    media.variants = made.json.media.variants;
    expect(media.variants.map((v: { width: number; format: string }) => `${v.width}.${v.format}`).sort()).toEqual([
      "320.avif",
      "320.jpeg",
      "320.webp",
      "640.avif",
      "640.jpeg",
      "640.webp",
    ]);
    const keys = await storedKeys();
    for (const url of [media.url, ...media.variants.map((v: { url: string }) => v.url)]) expect(keys).toContain(url.replace(/^\/media\//, ""));

    const before = await footprint();
    const again = await upload(form(bytes, "renamed.jpg"));
    expect(again.status).toBe(200);
    expect(again.json.media).toMatchObject({ id: media.id, filename: "Premiere night.jpg" });
    expect(await footprint()).toEqual(before);
  });

  it("lets a contributor upload, and lists and searches the library with a cursor", async () => {
    const word = unique("junket");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await upload(form(await photo(400, 300), `${word}-${i}.jpg`), writer.token)).json.media.id);
    const first = await send(collection.GET, { path: `/api/admin/media?q=${word}&limit=2`, token: writer.token });
    expect(first.status).toBe(200);
    expect(first.json.items.map((m: { id: string }) => m.id)).toEqual([ids[2], ids[1]]);
    const second = await send(collection.GET, { path: `/api/admin/media?q=${word}&limit=2&cursor=${first.json.nextCursor}`, token: writer.token });
    expect(second.json).toMatchObject({ items: [{ id: ids[0], usageCount: 0 }], nextCursor: null });
    expect((await send(collection.GET, { path: "/api/admin/media?cursor=forged", token: writer.token })).status).toBe(400);
  });
});

describe("bad uploads: each a clear 4xx, nothing stored", () => {
  it("a file that is not an image, whatever its name", async () => {
    await expectRefusedUpload(form(Buffer.from("Cannes line-up, see attached"), "lineup.jpg"), 422, /not an image/);
  });

  it("a truncated JPEG", async () => {
    const jpeg = await busyJpeg(300, 200);
    await expectRefusedUpload(form(jpeg.subarray(0, jpeg.length / 2)), 422, /incomplete/);
  });

  it("SVG, which can carry script", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expectRefusedUpload(form(svg, "logo.svg"), 422, /SVG.*scripts/);
  });

  it("HEIC, with a message naming the formats that work", async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from("ftypheic", "latin1"),
      Buffer.alloc(4),
      Buffer.from("mif1heic", "latin1"),
      Buffer.alloc(64),
    ]);
    await expectRefusedUpload(form(heic, "IMG_0001.HEIC"), 422, /HEIC.*JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("a decompression bomb, by its pixel count before decoding", async () => {
    await expectRefusedUpload(form(pngClaiming(50_000, 50_000), "bomb.png"), 422, /50000 x 50000/);
  });

  it("a polyglot: a JPEG carrying script", async () => {
    await expectRefusedUpload(form(Buffer.concat([await photo(), Buffer.from("<script>fetch('/admin')</script>")])), 422, /script/);
  });

  it("file names with a path separator or control characters", async () => {
    await expectRefusedUpload(form(await photo(), "../../etc/passwd.jpg"), 422, /\//);
    await expectRefusedUpload(form(await photo(), "gpj\u202e.exe"), 422, /control characters/);
    // Encoded (RFC 5987), as a client may send it, the name arrives whole and is refused by name...
    const boundary = "----marquee-name";
    const part = (disposition: string, bytes: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: image/jpeg\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const multipart = { "content-type": `multipart/form-data; boundary=${boundary}` };
    await expectRefusedUpload(part("filename*=UTF-8''photo%07.jpg", await photo()), 422, /control characters/, editor.token, multipart);
    // ...and raw in the header, it makes the body malformed.
    await expectRefusedUpload(part('filename="photo\u0000.jpg"', await photo()), 400, /control characters/, editor.token, multipart);
  });

  it("an alt text of 100 kB", async () => {
    const result = await expectRefusedUpload(form(await photo(), "a.jpg", { alt: "a".repeat(100_000) }), 422);
    expect(result.json.error.fields.alt).toBeDefined();
  });

  it("no file, another field, or a body that is not multipart", async () => {
    await expectRefusedUpload(form(null, "", { alt: "Alt" }), 422, /"file"/);
    await expectRefusedUpload(form(await photo(), "a.jpg", { owner: "me" }), 422, /Unexpected field/);
    await expectRefusedUpload(JSON.stringify({ url: "x" }), 400, /multipart/, editor.token, { "content-type": "application/json" });
  });

  it("more than 25 MB: 413 as soon as the limit passes, without reading the rest", async () => {
    const boundary = "----marquee-test";
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 0xff);
    const total = MAX_UPLOAD_BYTES + 100 * chunk.length;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) controller.enqueue(head);
        if (pulled >= total) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const result = await expectRefusedUpload(body as unknown as BodyInit, 413, /larger than/, editor.token, {
      "content-type": `multipart/form-data; boundary=${boundary}`,
    });
    expect(result.json.error.code).toBe("too_large");
    // Refused within a few chunks past the limit, not after the whole body.
    expect(pulled).toBeLessThan(MAX_UPLOAD_BYTES + 8 * chunk.length);
  }, 30_000);

  it("a declared length past the limit is refused before reading", async () => {
    await expectRefusedUpload(form(await photo()), 413, /larger than/, editor.token, { "content-length": String(MAX_UPLOAD_BYTES * 2) });
  });

  it("signed out, or with a revoked token", async () => {
    await expectRefusedUpload(form(await photo()), 401, undefined, null);
    const user = await makeUser("editor");
    const { id, token } = await createApiToken(user, { name: "to revoke", userId: user.id });
    await revokeApiToken(user, { id });
    await expectRefusedUpload(form(await photo()), 401, undefined, token);
  });

  it("with the session cookie: from the dashboard's own pages only", async () => {
    session.actor = await makeUser("contributor");
    try {
      session.headers = new Headers({ origin: "https://evil.example", host: "localhost" });
      await expectRefusedUpload(form(await photo()), 403, /Cross-site/, null);
      session.headers = new Headers({ origin: "http://localhost", host: "localhost" });
      expect((await upload(form(await photo()), null)).status).toBe(201);
    } finally {
      session.actor = null;
      session.headers = new Headers();
    }
  });
});

describe("GET, PATCH, DELETE /api/admin/media/:id and PUT .../file", () => {
  it("lets a contributor change their own image, not another's; an editor changes any", async () => {
    const id = (await upload(form(await photo()), writer.token)).json.media.id;
    expect((await patch(id, { alt: "Theirs" }, otherWriter.token)).status).toBe(403);
    expect((await patch(id, { alt: "Mine", focal: { x: 0.25, y: 0.75 } }, writer.token)).json.media).toMatchObject({
      alt: "Mine",
      focal: { x: 0.25, y: 0.75 },
    });
    expect((await patch(id, { credit: "Desk" })).json.media).toMatchObject({ alt: "Mine", credit: "Desk" });
    expect((await patch(id, { alt: "x".repeat(301) })).status).toBe(422);
    expect((await patch(id, { version: 99, alt: "Stale" })).status).toBe(409);
    expect((await remove(id, otherWriter.token)).status).toBe(403);
    expect((await read("not-a-uuid")).status).toBe(404);
  });

  it("reports usage and refuses to delete a used image (409 naming the story), then deletes it and its files once unused", async () => {
    const media = (await upload(form(await photo()))).json.media;
    const story = await makeArticle(editor, {
      title: "Festival diary",
      body: doc(p("Day one"), { type: "image", attrs: { mediaId: media.id, src: "", alt: "", caption: "", credit: "" } }),
    });
    expect((await read(media.id)).json.usage).toEqual([{ articleId: story.id, title: "Festival diary", slug: story.slug, inWorkingCopy: true, live: false }]);
    const before = await footprint();
    const refused = await remove(media.id);
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toContain("Festival diary");
    expect(refused.json.error.usedIn).toEqual([{ id: story.id, title: "Festival diary", slug: story.slug, live: false }]);
    expect(await footprint()).toEqual(before);

    await db
      .update(articles)
      .set({ body: doc(p("Day one")) })
      .where(eq(articles.id, story.id));
    expect((await remove(media.id)).status).toBe(204);
    expect((await read(media.id)).status).toBe(404);
    const keys = await storedKeys();
    expect(keys.filter((k) => k.includes(media.url.split("/")[3]))).toEqual([]);
  });

  it("replaces the file keeping the id, with new URLs, and removes the old files", async () => {
    const media = (await upload(form(await photo(800, 500), "old.jpg", { alt: "Kept" }))).json.media;
    const replaced = await replace(media.id, form(await photo(1000, 600), "new.jpg"));
    expect(replaced.status).toBe(200);
    expect(replaced.json.media).toMatchObject({ id: media.id, alt: "Kept", width: 1000, filename: "new.jpg", version: media.version + 1 });
    expect(replaced.json.media.url).not.toBe(media.url);
    const keys = await storedKeys();
    expect(keys).not.toContain(media.url.replace("/media/", ""));
    expect(keys).toContain(replaced.json.media.url.replace("/media/", ""));
    // A contributor may not replace someone else's image, and nothing of theirs is read or stored.
    const before = await footprint();
    expect((await replace(media.id, form(await photo()), writer.token)).status).toBe(403);
    expect(await footprint()).toEqual(before);
  });
});

describe("the OpenAPI document", () => {
  it("describes the media routes and their shapes", async () => {
    const { buildOpenApiDocument } = await import("./openapi");
    const document = buildOpenApiDocument();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/admin/media", "/api/admin/media/{id}", "/api/admin/media/{id}/file"]));
    const schemas = document.components.schemas;
    expect(Object.keys(schemas.MediaPatch.properties as object).sort()).toEqual(["alt", "caption", "credit", "focal", "version"]);
    const media = (schemas.MediaEnvelope.properties as { media: { properties: object } }).media.properties;
    expect(Object.keys(media)).toEqual(expect.arrayContaining(["id", "url", "width", "height", "mimeType", "alt", "credit", "caption", "variants"]));
  });
});

describe("articles take heroMediaId, and import heroImageUrl into the library", () => {
  const createArticle = (body: object, token = editor.token) => call(articleCollection.POST, { method: "POST", body, token });
  const patchArticle = (id: string, body: object) =>
    call(articleSingle.PATCH, { method: "PATCH", path: `/api/admin/articles/${id}`, params: { id }, body, token: editor.token });

  it("imports a path of the site's own once, as a library item with the story's alt text and credit", async () => {
    const body = { title: "Dusk", heroImageUrl: "/images/demo/coastal-dusk.svg", heroImageAlt: "Dusk over the bay", heroImageCredit: "Illustration: Marquee" };
    const first = await createArticle(body);
    expect(first.status).toBe(201);
    expect(first.json.article).toMatchObject({ heroImageUrl: null, heroMediaId: expect.any(String) });
    const media = (await read(first.json.article.heroMediaId)).json.media;
    expect(media).toMatchObject({ mimeType: "image/png", width: 1280, filename: "coastal-dusk.png" });
    const second = await createArticle({ ...body, title: "Dusk again" });
    expect(second.json.article.heroMediaId).toBe(media.id);
    const published = await postWorkflowAction(first.json.article.id, "publish", { version: first.json.article.version }, editor.token);
    expect(published.status).toBe(200);
  });

  it("imports the images of a body sent as HTML or Markdown, naming them by id, and refuses one it cannot import", async () => {
    const created = await createArticle({ title: "Records", bodyHtml: '<p>Spin it.</p><img src="/images/demo/vinyl-record.svg" alt="A record">' });
    expect(created.status).toBe(201);
    // Shown from the library: its original until its variants exist, then their srcset.
    await variantsSettled();
    const read = await call(articleSingle.GET, {
      path: `/api/admin/articles/${created.json.article.id}`,
      params: { id: created.json.article.id },
      token: editor.token,
    });
    const [row] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, created.json.article.id));
    const image = row.body.content.find((b) => b.type === "image");
    expect(image).toMatchObject({ attrs: { mediaId: expect.any(String), src: "", alt: "A record" } });
    expect(read.json.article.bodyHtml).toMatch(/<img src="\/media\/[^"]+\.(png|jpg)" srcset="[^"]+" sizes="[^"]+" width="1280" height="\d+" alt="A record"/);

    const before = await fingerprint();
    const refused = await createArticle({ title: "Private", bodyMarkdown: "Look:\n\n![x](https://10.0.0.9/a.jpg)" });
    expect(refused.status).toBe(422);
    expect(refused.json.error.fields.bodyMarkdown[0]).toMatch(/private, loopback or link-local/);
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses addresses that lead to loopback, private or link-local networks, connecting nowhere and storing nothing", async () => {
    let connections = 0;
    const listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as { port: number }).port;
    try {
      for (const url of [
        `https://localhost:${port}/a.jpg`,
        `https://127.0.0.1:${port}/a.jpg`,
        "https://169.254.169.254/latest/meta-data",
        "https://10.1.2.3/a.jpg",
        "https://[::1]/a.jpg",
      ]) {
        const before = { ...(await fingerprint()), ...(await footprint()) };
        const refused = await createArticle({ title: "Sneaky", heroImageUrl: url });
        expect(refused.status).toBe(422);
        expect(refused.json.error.fields.heroImageUrl[0]).toMatch(/private, loopback or link-local/);
        expect({ ...(await fingerprint()), ...(await footprint()) }).toEqual(before);
      }
      expect(connections).toBe(0);
    } finally {
      listener.close();
    }
    // Not https at all: refused by the field's own rule.
    expect((await createArticle({ title: "Plain", heroImageUrl: `http://127.0.0.1:${port}/a.jpg` })).status).toBe(422);
  });

  it("sets and clears heroMediaId, refusing an id not in the library or sent with heroImageUrl; publish waits for alt text and credit", async () => {
    const media = (await upload(form(await photo()))).json.media;
    const draft = (await createArticle({ title: "Library hero", heroMediaId: media.id })).json.article;
    expect(draft.heroMediaId).toBe(media.id);
    const refused = await postWorkflowAction(draft.id, "publish", { version: draft.version }, editor.token);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.json.error.fields).sort()).toEqual(["heroImageAlt", "heroImageCredit"]);
    await patch(media.id, { alt: "A still", credit: "Studio" });
    expect((await postWorkflowAction(draft.id, "publish", { version: draft.version }, editor.token)).status).toBe(200);

    const other = (await createArticle({ title: "Other" })).json.article;
    expect((await patchArticle(other.id, { version: other.version, heroMediaId: "00000000-0000-4000-8000-000000000000" })).json.error.fields).toEqual({
      heroMediaId: ["is not an image in the library"],
    });
    expect((await patchArticle(other.id, { version: other.version, heroMediaId: media.id, heroImageUrl: "/images/demo/film-strip.svg" })).status).toBe(422);
    const set = await patchArticle(other.id, { version: other.version, heroMediaId: media.id });
    const cleared = await patchArticle(other.id, { version: set.json.article.version, heroMediaId: null });
    expect(cleared.json.article.heroMediaId).toBeNull();
  });
});
