// A library hero as readers get it: on the article, in lists, in feeds.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadFeedSource } from "@/lib/feeds/queries";
import { createFromUpload } from "@/lib/media/commands";
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
