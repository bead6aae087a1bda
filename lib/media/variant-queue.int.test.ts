// Variants made after the upload answered, against a real PostgreSQL and
// files on disk: a replace in the middle of a job, an item a stopped process
// left without variants, and every instance hearing of the variants when
// they arrive (so the pages showing the item render them).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { media } from "@/db/schema";
import { INVALIDATE_CHANNEL } from "@/lib/cache/fanout";
import { getEnv } from "@/lib/env";
import { makeUser } from "@/tests/factories";
import { createFromUpload, replaceMediaFile } from "./commands";
import { getMedia } from "./queries";
import type { MediaBody } from "./storage";
import { LocalStorage } from "./storage-local";
import { ABANDONED_AFTER_MS, sweepAbandonedVariants, variantsSettled } from "./variant-queue";

/** A promise with its resolve function beside it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Local storage whose variant writes wait, while `held`, until released: a job caught in the middle. */
class GatedStorage extends LocalStorage {
  held = false;
  private waiting: (() => void)[] = [];
  reachedGate = deferred();
  async put(key: string, body: MediaBody, contentType: string, cacheControl?: string): Promise<void> {
    if (this.held && !key.includes("/original.")) {
      this.reachedGate.resolve();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return super.put(key, body, contentType, cacheControl);
  }
  release() {
    this.held = false;
    for (const go of this.waiting.splice(0)) go();
  }
}

let root: string;
let storage: GatedStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "marquee-media-queue-"));
  storage = new GatedStorage({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const photo = (width: number, colour: string) =>
  sharp({ create: { width, height: 300, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
const keyOf = (url: string) => url.replace(/^\/media\//, "");

describe("variants made after the upload", () => {
  it("gives a file replaced while its variants were being made the variants of the new file, and removes the old one's", async () => {
    const editor = await makeUser("editor");
    storage.held = true;
    storage.reachedGate = deferred();
    const first = (await createFromUpload({ actor: editor, bytes: await photo(700, "#a11"), filename: "first.jpg" }, { storage })).media;
    // The job for the first file is writing its variants (and waits there) when the file is replaced.
    await storage.reachedGate.promise;
    const replacing = replaceMediaFile({ actor: editor, id: first.id, bytes: await photo(400, "#1a1"), filename: "second.jpg" }, { storage });
    await replacing;
    storage.release();
    await variantsSettled();

    const item = (await getMedia({ id: first.id }))!;
    expect(item).toMatchObject({ filename: "second.jpg", width: 400, processing: false });
    // 400 wide: 320 in three formats, nothing of the first file's 640.
    expect(item.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(["320.avif", "320.jpeg", "320.webp"]);
    for (const v of item.variants) expect(await storage.get(keyOf(v.url))).not.toBeNull();
    const oldHash = first.url.split("/")[3];
    for (const width of [320, 640]) {
      for (const ext of ["avif", "webp", "jpg"]) expect(await storage.get(`${oldHash.slice(0, 2)}/${oldHash}/${width}.${ext}`)).toBeNull();
    }
  });

  it("makes the variants of an item a stopped process left without them, once it has been untouched long enough", async () => {
    const editor = await makeUser("editor");
    const item = (await createFromUpload({ actor: editor, bytes: await photo(500, "#11a"), filename: "left.jpg" }, { storage })).media;
    await variantsSettled();
    // As a process that stopped after storing the original would leave it.
    await db.update(media).set({ variants: [] }).where(eq(media.id, item.id));
    expect(await sweepAbandonedVariants({ storage })).not.toContain(item.id);
    const later = new Date(Date.now() + ABANDONED_AFTER_MS + 1_000);
    expect(await sweepAbandonedVariants({ storage, now: later })).toContain(item.id);
    await variantsSettled();
    expect((await getMedia({ id: item.id }))!.variants.length).toBe(3);
  });

  it("announces the item's cache key to every instance when its variants are recorded, not before", async () => {
    const heard: string[] = [];
    const listener = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
    await listener.listen(INVALIDATE_CHANNEL, (payload) => heard.push(...(JSON.parse(payload) as { tags: string[] }).tags));
    try {
      const editor = await makeUser("editor");
      storage.held = true;
      storage.reachedGate = deferred();
      const item = (await createFromUpload({ actor: editor, bytes: await photo(360, "#aa1"), filename: "tagged.jpg" }, { storage })).media;
      await storage.reachedGate.promise;
      expect(heard).not.toContain(`media:${item.id}`);
      storage.release();
      await variantsSettled();
      await expect.poll(() => heard).toContain(`media:${item.id}`);
    } finally {
      storage.release();
      await listener.end({ timeout: 5 });
    }
  });
});
