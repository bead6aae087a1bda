// Image addresses: refused with 422 (a field error, nothing written) through
// the command the dashboard uses and through the Admin API; an unusable
// address already stored renders as no image rather than an error.
import { refusalOf } from "@/tests/refusal";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/admin/articles/route";
import * as single from "@/app/api/admin/articles/[id]/route";
import { db } from "@/db/client";
import { articles, liveArticles } from "@/db/schema";
import { type Caller, call, expectRefused, fingerprint, makeCaller } from "@/tests/api-test-kit";
import type { ArticleDocument } from "@/lib/content/document";
import { loadFeedSource } from "@/lib/feeds/queries";
import { transitionArticle } from "@/lib/publishing/commands";
import { newsArticleJsonLd } from "@/lib/seo/structured-data";
import { makeArticle } from "@/tests/factories";
import { createArticle } from "./commands";
import { getPreviewArticle } from "./preview";
import { getLiveArticleBySlug, listLiveArticles } from "./queries";
import { saveArticle } from "./update";

const BAD_URLS = [
  "https://exa%mple.com/x.png",
  "https://[::1/x.png",
  "/\\evil.example/x.png",
  "//evil.example/x.png",
  "\\\\evil.example/x.png",
  "/images/a\u0000b.png",
  "/images/a\u0007b.png",
  "https://cdn.example.com/a\u0085b.png",
  "javascript:alert(1)",
  "data:image/png;base64,AAAA",
  "http://cdn.example.com/x.png",
];

let editor: Caller;
beforeAll(async () => {
  editor = await makeCaller("editor");
});

describe("hero image addresses", () => {
  it.each(BAD_URLS)("refuses %j through the commands, writing nothing", async (url) => {
    const draft = await makeArticle(editor);
    const before = await fingerprint();
    const created = await refusalOf(createArticle({ actor: editor, fields: { title: "Bad hero", heroImageUrl: url } }));
    expect(created.code).toBe("invalid");
    expect(created.details.fields?.heroImageUrl?.[0]).toEqual(expect.any(String));
    const saved = await refusalOf(saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { heroImageUrl: url } }));
    expect(saved.code).toBe("invalid");
    expect(Object.keys(saved.details.fields ?? {})).toEqual(["heroImageUrl"]);
    expect(await fingerprint()).toEqual(before);
  });

  it.each(BAD_URLS)("refuses %j through the Admin API with 422, writing nothing", async (url) => {
    const draft = await makeArticle(editor);
    const created = await expectRefused(
      () => call(collection.POST, { method: "POST", body: { title: "Bad hero", heroImageUrl: url }, token: editor.token }),
      422,
      "invalid",
    );
    expect(Object.keys(created.json.error.fields)).toEqual(["heroImageUrl"]);
    const patched = await expectRefused(
      () =>
        call(single.PATCH, {
          method: "PATCH",
          path: `/api/admin/articles/${draft.id}`,
          params: { id: draft.id },
          body: { version: draft.version, heroImageUrl: url },
          token: editor.token,
        }),
      422,
      "invalid",
    );
    expect(Object.keys(patched.json.error.fields)).toEqual(["heroImageUrl"]);
  });

  // A usable address is imported into the media library (lib/api/media-api.int.test.ts).
  it("accepts none at all", async () => {
    for (const heroImageUrl of ["", null]) {
      const created = await call(collection.POST, { method: "POST", body: { title: "Good hero", heroImageUrl }, token: editor.token });
      expect(created.status).toBe(201);
      expect(created.json.article).toMatchObject({ heroImageUrl: null, heroMediaId: null });
    }
  });
});

describe("images in the body", () => {
  const withImage = (src: string): ArticleDocument => ({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Before the picture." }] },
      { type: "image", attrs: { src, alt: "", caption: "", credit: "" } },
    ],
  });

  it.each(BAD_URLS)("refuses an image at %j with a field error on the body, writing nothing", async (src) => {
    const draft = await makeArticle(editor);
    const before = await fingerprint();
    const error = await refusalOf(saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { body: withImage(src) } }));
    expect(error.code).toBe("invalid");
    expect(error.details.fields?.body?.[0]).toMatch(/^image 2: its address /);
    expect(await refusalOf(createArticle({ actor: editor, fields: { title: "Bad body", body: withImage(src) } }))).toMatchObject({ code: "invalid" });
    expect(await fingerprint()).toEqual(before);
  });

  it("keeps a good one", async () => {
    const draft = await makeArticle(editor);
    const saved = await saveArticle({
      actor: editor,
      articleId: draft.id,
      version: draft.version,
      fields: { body: withImage("/images/demo/coastal-dusk.svg") },
    });
    expect(saved.version).toBe(draft.version + 1);
  });
});

describe("an unusable address stored before the check", () => {
  it("renders as no image: article, lists, feeds, structured data and preview", async () => {
    const draft = await makeArticle(editor, { heroImageUrl: "/images/demo/coastal-dusk.svg", heroImageAlt: "Dusk", heroImageCredit: "Marquee" });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const stored = "https://exa%mple.com/x.png";
    await db.update(liveArticles).set({ heroImageUrl: stored }).where(eq(liveArticles.articleId, draft.id));
    await db.update(articles).set({ heroImageUrl: "/\\evil.example/x.png" }).where(eq(articles.id, draft.id));

    const article = await getLiveArticleBySlug({ slug: draft.slug });
    expect(article?.heroImage).toBeNull();
    expect(() => newsArticleJsonLd(article!, "https://news.example")).not.toThrow();
    const listed = (await listLiveArticles({ limit: 50 })).items.find((a) => a.id === draft.id);
    expect(listed?.heroImage).toBeNull();
    const feed = await loadFeedSource({ kind: "site" });
    expect(feed.source?.articles.find((a) => a.id === draft.id)?.hero).toBeNull();
    expect((await getPreviewArticle({ articleId: draft.id }))?.heroImage).toBeNull();
  });
});
