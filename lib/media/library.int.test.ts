import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, auditEvents, liveArticles, media } from "@/db/schema";
import { decodeCursor } from "@/lib/articles/cursor";
import { doc, p } from "@/lib/content/build";
import { AppError } from "@/lib/errors";
import { saveArticle } from "@/lib/articles/update";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeUser, unique } from "@/tests/factories";
import { createFromUpload, deleteMedia, replaceMediaFile, updateMedia } from "./commands";
import { getMedia, getMediaUsage, listMedia } from "./queries";
import { LocalStorage } from "./storage-local";

let root: string;
let storage: LocalStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "marquee-media-lib-"));
  storage = new LocalStorage({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A small distinct photo each call (a random colour), so uploads do not collide by hash. */
async function photo(width = 700, height = 400): Promise<Buffer> {
  const colour = { r: Math.floor(Math.random() * 256), g: Math.floor(Math.random() * 256), b: Math.floor(Math.random() * 256) };
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

/** The stored objects (LocalStorage keeps each one's content type beside it under .meta). */
async function filesOnDisk(dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.name === ".meta" || entry.name === ".tmp") continue;
    if (entry.isDirectory()) out.push(...(await filesOnDisk(full)));
    else out.push(full);
  }
  return out;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const imageBlock = (mediaId: string, alt = "") => ({ type: "image" as const, attrs: { mediaId, src: "", alt, caption: "", credit: "" } });

describe("the media library", () => {
  it("stores an upload with its variants and finds the same bytes again instead of storing them twice", async () => {
    const writer = await makeUser("contributor");
    const bytes = await photo(700, 400);
    const first = await createFromUpload({ actor: writer, bytes, filename: "red carpet.jpg", metadata: { alt: "A star", credit: "Agency" } }, { storage });
    expect(first.created).toBe(true);
    expect(first.media).toMatchObject({ width: 700, height: 400, mimeType: "image/jpeg", alt: "A star", credit: "Agency", filename: "red carpet.jpg" });
    expect(first.media.uploadedBy).toEqual({ id: writer.id, name: writer.name });
    // 320 and 640 wide (no upscaling past 700), each as AVIF, WebP and JPEG.
    expect(first.media.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(["320.avif", "320.jpeg", "320.webp", "640.avif", "640.jpeg", "640.webp"]);
    expect(first.media.url).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\/original\.jpg$/);
    const files = await filesOnDisk();

    const again = await createFromUpload({ actor: writer, bytes, filename: "copy.jpg" }, { storage });
    expect(again).toMatchObject({ created: false, media: { id: first.media.id, filename: "red carpet.jpg" } });
    expect(await db.select({ id: media.id }).from(media).where(eq(media.id, first.media.id))).toHaveLength(1);
    expect((await filesOnDisk()).length).toBe(files.length);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, first.media.id));
    expect(audit.map((a) => a.action)).toEqual(["media.upload"]);
  });

  it("refuses what is not an accepted image, and a bad name or alt text, storing nothing", async () => {
    const writer = await makeUser("contributor");
    const before = (await filesOnDisk()).length;
    const count = await db.$count(media);
    const cases: [Uint8Array, string, Record<string, unknown>, number][] = [
      [new TextEncoder().encode("just text, not an image"), "a.jpg", {}, 422],
      [await photo(), "../etc/passwd.jpg", {}, 422],
      [await photo(), "ok.jpg", { alt: "x".repeat(100_000) }, 422],
    ];
    for (const [bytes, filename, metadata, status] of cases) {
      const error = await failure(createFromUpload({ actor: writer, bytes, filename, metadata }, { storage }));
      expect(error.status).toBe(status);
    }
    expect(await db.$count(media)).toBe(count);
    expect((await filesOnDisk()).length).toBe(before);
  });

  it("lists newest first with a cursor and searches alt, caption, credit, file name and uploader", async () => {
    const writer = await makeUser("editor");
    const word = unique("premiere");
    const made = [];
    for (let i = 0; i < 3; i++) {
      made.push((await createFromUpload({ actor: writer, bytes: await photo(400, 300), filename: `${word}-${i}.jpg` }, { storage })).media);
    }
    const first = await listMedia({ q: word, limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual([made[2].id, made[1].id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listMedia({ q: word, limit: 2, after: decodeCursor(first.nextCursor!) });
    expect(second).toMatchObject({ items: [{ id: made[0].id }], nextCursor: null });

    await updateMedia({ actor: writer, id: made[0].id, fields: { caption: `Caption ${word}-cap` } });
    expect((await listMedia({ q: `${word}-cap` })).items.map((m) => m.id)).toEqual([made[0].id]);
    expect((await listMedia({ q: "100%_" })).items).toEqual([]);
  });

  it("tracks usage in working and live copies, refuses to delete a used item (409 naming the stories) and deletes an unused one with its files", async () => {
    const editor = await makeUser("editor");
    const item = (await createFromUpload({ actor: editor, bytes: await photo(), filename: "hero.jpg" }, { storage })).media;
    const story = await makeArticle(editor, { title: "The premiere", body: doc(p("Text"), imageBlock(item.id, "The red carpet")) });
    expect(await getMediaUsage({ id: item.id })).toEqual([{ articleId: story.id, title: "The premiere", slug: story.slug, inWorkingCopy: true, live: false }]);
    expect((await listMedia({ q: "hero.jpg" })).items.find((m) => m.id === item.id)?.usageCount).toBe(1);

    const error = await failure(deleteMedia({ actor: editor, id: item.id }, { storage }));
    expect(error.status).toBe(409);
    expect(error.message).toContain('"The premiere"');
    expect(error.details.usedIn).toEqual([{ id: story.id, title: "The premiere", slug: story.slug, live: false }]);

    // Published, then taken out of the working copy: the live copy still shows it.
    const live = await transitionArticle({ actor: editor, articleId: story.id, action: "publish", version: story.version });
    const saved = await saveArticle({ actor: editor, articleId: story.id, version: live.version, fields: { body: doc(p("Text")) } });
    expect(await getMediaUsage({ id: item.id })).toMatchObject([{ articleId: story.id, inWorkingCopy: false, live: true }]);
    expect((await failure(deleteMedia({ actor: editor, id: item.id }, { storage }))).status).toBe(409);

    // Unpublished: nothing shows it any more.
    await transitionArticle({ actor: editor, articleId: story.id, action: "unpublish", version: saved.version });
    const before = await filesOnDisk();
    await deleteMedia({ actor: editor, id: item.id }, { storage });
    expect(await getMedia({ id: item.id })).toBeNull();
    expect((await filesOnDisk()).length).toBe(before.length - 1 - item.variants.length);
  });

  it("blocks deleting a hero through the foreign key as well as the usage check", async () => {
    const editor = await makeUser("editor");
    const item = (await createFromUpload({ actor: editor, bytes: await photo(), filename: "h.jpg" }, { storage })).media;
    const story = await makeArticle(editor);
    await db.update(articles).set({ heroMediaId: item.id }).where(eq(articles.id, story.id));
    const error = await failure(deleteMedia({ actor: editor, id: item.id }, { storage }));
    expect(error.details.usedIn).toMatchObject([{ id: story.id }]);
    await expect(db.delete(media).where(eq(media.id, item.id))).rejects.toThrow();
  });

  it("replaces the file keeping the id and metadata, with new URLs and version, and removes the old files", async () => {
    const editor = await makeUser("editor");
    const item = (await createFromUpload({ actor: editor, bytes: await photo(700, 400), filename: "a.jpg", metadata: { alt: "Kept" } }, { storage })).media;
    const replaced = await replaceMediaFile({ actor: editor, id: item.id, bytes: await photo(1000, 500), filename: "b.jpg" }, { storage });
    expect(replaced.media).toMatchObject({ id: item.id, alt: "Kept", width: 1000, height: 500, filename: "b.jpg", version: item.version + 1 });
    expect(replaced.media.url).not.toBe(item.url);
    expect(replaced.touchedTags).toContain(`media:${item.id}`);
    expect(await storage.get(item.url.slice("/media/".length))).toBeNull();
    expect(await storage.get(replaced.media.url.slice("/media/".length))).not.toBeNull();
  });

  it("lets a contributor change only their own items, and only while no live story shows them", async () => {
    const owner = await makeUser("contributor");
    const other = await makeUser("contributor");
    const editor = await makeUser("editor");
    const item = (await createFromUpload({ actor: owner, bytes: await photo(), filename: "c.jpg" }, { storage })).media;
    expect((await failure(updateMedia({ actor: other, id: item.id, fields: { alt: "No" } }))).status).toBe(403);
    expect((await updateMedia({ actor: owner, id: item.id, fields: { alt: "Mine", focal: { x: 0.2, y: 0.8 } } })).media).toMatchObject({
      alt: "Mine",
      focal: { x: 0.2, y: 0.8 },
    });
    const story = await makeArticle(editor);
    await transitionArticle({ actor: editor, articleId: story.id, action: "publish", version: story.version });
    await db
      .update(liveArticles)
      .set({ mediaIds: [item.id] })
      .where(eq(liveArticles.articleId, story.id));
    expect((await failure(updateMedia({ actor: owner, id: item.id, fields: { alt: "Again" } }))).status).toBe(403);
    expect((await updateMedia({ actor: editor, id: item.id, fields: { alt: "Editor" } })).touchedTags).toContain(`article:${story.id}`);
    expect((await failure(updateMedia({ actor: editor, id: item.id, fields: { focal: { x: 2, y: 0 } } }))).status).toBe(422);
  });
});
