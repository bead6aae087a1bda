// Library images as readers get them: the hero on the article, in lists and
// feeds; images in the body, rendered again when the item changes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { doc, p } from "@/lib/content/build";
import { loadFeedSource } from "@/lib/feeds/queries";
import { createFromUpload, replaceMediaFile, updateMedia } from "@/lib/media/commands";
import type { MediaStorage } from "@/lib/media/storage";
import { LocalStorage } from "@/lib/media/storage-local";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeUser } from "@/tests/factories";
import { getLiveArticleBySlug } from "./queries";

const shared: { storage: MediaStorage | null } = { storage: null };
vi.mock("@/lib/media/storage", async (original) => ({
  ...(await original<typeof import("@/lib/media/storage")>()),
  getMediaStorage: async () => shared.storage,
}));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "marquee-hero-media-"));
  shared.storage = new LocalStorage({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("a library hero", () => {
  it("reaches the article with the item's alt text and credit unless the story overrides them, its size and variants, and feeds with its real type and length", async () => {
    const editor = await makeUser("editor");
    const bytes = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#246" } })
      .jpeg()
      .toBuffer();
    const { media } = await createFromUpload({ actor: editor, bytes, filename: "wide.jpg", metadata: { alt: "Library alt", credit: "Library credit" } });
    const draft = await makeArticle(editor, { heroMediaId: media.id, heroImageCredit: "Story credit" });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });

    const article = await getLiveArticleBySlug({ slug: draft.slug });
    const fallback = media.variants.find((v) => v.format === "jpeg" && v.width === 1600)!;
    expect(article?.heroImage).toMatchObject({
      url: fallback.url,
      alt: "Library alt",
      credit: "Story credit",
      media: { id: media.id, width: 2000, height: 1000, focal: { x: 0.5, y: 0.5 } },
    });
    expect(article?.heroImage?.media?.variants).toHaveLength(media.variants.length);

    const { source } = await loadFeedSource({ kind: "site" });
    const item = source?.articles.find((a) => a.id === draft.id);
    expect(item?.hero).toEqual({ url: fallback.url, type: "image/jpeg", length: fallback.bytes });
  });
});

describe("a library image in the body", () => {
  it("renders with its srcset, size and texts, and follows the item when its alt text or file changes", async () => {
    const editor = await makeUser("editor");
    const bytes = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#642" } })
      .jpeg()
      .toBuffer();
    const { media } = await createFromUpload({ actor: editor, bytes, filename: "body.jpg", metadata: { alt: "First alt", caption: "A caption" } });
    const body = doc(p("Before"), { type: "image", attrs: { mediaId: media.id, src: "", alt: "", caption: "", credit: "Story credit" } });
    const draft = await makeArticle(editor, { body });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });

    const html = (await getLiveArticleBySlug({ slug: draft.slug }))!.bodyHtml;
    const jpegs = media.variants.filter((v) => v.format === "jpeg");
    expect(html).toContain(`src="${jpegs.at(-1)!.url}"`);
    expect(html).toContain(`srcset="${jpegs.map((v) => `${v.url} ${v.width}w`).join(", ")}"`);
    expect(html).toContain('width="1000" height="500"');
    expect(html).toContain('alt="First alt"');
    expect(html).toContain('A caption <span class="credit">Story credit</span>');

    await updateMedia({ actor: editor, id: media.id, fields: { alt: "Second alt" } });
    expect((await getLiveArticleBySlug({ slug: draft.slug }))!.bodyHtml).toContain('alt="Second alt"');

    const other = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#264" } })
      .jpeg()
      .toBuffer();
    const { media: replaced, touchedTags } = await replaceMediaFile({ actor: editor, id: media.id, bytes: other, filename: "new.jpg" });
    // The item's files and the pages showing it are purged.
    expect(touchedTags).toEqual(expect.arrayContaining([`media:${media.id}`, `article:${draft.id}`, `slug:${draft.slug}`, "home"]));
    const after = (await getLiveArticleBySlug({ slug: draft.slug }))!.bodyHtml;
    expect(after).not.toContain(jpegs[0].url);
    expect(after).toContain(replaced.variants.find((v) => v.format === "jpeg")!.url);
    expect(after).toContain('width="800" height="600"');
    const [working] = await db.select({ bodyHtml: articles.bodyHtml }).from(articles).where(eq(articles.id, draft.id));
    expect(working.bodyHtml).toBe(after);
  });
});
