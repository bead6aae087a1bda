import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, liveArticles } from "@/db/schema";
import { saveArticle } from "@/lib/articles/update";
import { doc, p } from "@/lib/content/build";
import { AppError } from "@/lib/errors";
import { createFromUpload } from "@/lib/media/commands";
import { LocalStorage } from "@/lib/media/storage-local";
import { makeArticle, makeUser } from "@/tests/factories";
import { inHours } from "@/tests/api-test-kit";
import { transitionArticle } from "./commands";

let root: string;
let storage: LocalStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "marquee-image-rule-"));
  storage = new LocalStorage({ root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function item(metadata: { alt?: string; credit?: string } = {}) {
  const editor = await makeUser("editor");
  const colour = { r: Math.floor(Math.random() * 256), g: Math.floor(Math.random() * 256), b: Math.floor(Math.random() * 256) };
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
  return (await createFromUpload({ actor: editor, bytes, filename: "still.jpg", metadata }, { storage })).media;
}

const imageBlock = (mediaId: string, alt = "") => ({ type: "image" as const, attrs: { mediaId, src: "", alt, caption: "", credit: "" } });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the publish rule: alt text for every image, a credit for the hero", () => {
  it("refuses publish, schedule and publish changes with field errors that point at the image, changing nothing", async () => {
    const editor = await makeUser("editor");
    const hero = await item();
    const inBody = await item();
    const draft = await makeArticle(editor, { heroMediaId: hero.id, body: doc(p("Text"), imageBlock(inBody.id)) });

    const publish = await refusal(transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version }));
    expect(publish.status).toBe(422);
    expect(publish.details.fields).toEqual({
      heroImageAlt: [expect.stringMatching(/alt text/)],
      heroImageCredit: [expect.stringMatching(/credit/)],
      body: ["image 2 needs alt text"],
    });
    expect(publish.details.images).toEqual([
      { where: "hero", mediaId: hero.id, missing: ["alt", "credit"] },
      { where: "body", index: 1, mediaId: inBody.id, missing: ["alt"] },
    ]);
    const schedule = await refusal(transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", at: inHours(2), version: draft.version }));
    expect(Object.keys(schedule.details.fields ?? {}).sort()).toEqual(["body", "heroImageAlt", "heroImageCredit"]);
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row).toMatchObject({ status: "draft", version: draft.version, publishAt: null });
    expect(await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id))).toEqual([]);
  });

  it("takes the library item's own alt text and credit when the story has none, and records what the live copy shows", async () => {
    const editor = await makeUser("editor");
    const hero = await item({ alt: "The cast at the premiere", credit: "Agency" });
    const inBody = await item();
    const draft = await makeArticle(editor, { heroMediaId: hero.id, body: doc(p("Text"), imageBlock(inBody.id, "A still from the film")) });
    const live = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const [row] = await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id));
    expect(row.heroMediaId).toBe(hero.id);
    expect(row.mediaIds).toEqual([hero.id, inBody.id]);

    // Publish changes is held to the rule too: a new image without alt text.
    const other = await item();
    const saved = await saveArticle({ actor: editor, articleId: draft.id, version: live.version, fields: { body: doc(p("Text"), imageBlock(other.id)) } });
    const changes = await refusal(transitionArticle({ actor: editor, articleId: draft.id, action: "publish_changes", version: saved.version }));
    expect(changes.details.fields).toEqual({ body: ["image 2 needs alt text"] });
    const [still] = await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id));
    expect(still.mediaIds).toEqual([hero.id, inBody.id]);
  });

  it("holds a hero given by URL to the same rule, by the story's own fields", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor, { heroImageUrl: "/images/demo/coastal-dusk.svg", heroImageAlt: "Dusk over the bay" });
    const refused = await refusal(transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version }));
    expect(refused.details.fields).toEqual({ heroImageCredit: [expect.any(String)] });
    const saved = await saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { heroImageCredit: "Illustration: Marquee" } });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: saved.version });
  });

  it("refuses a story naming an image that is not in the library", async () => {
    const editor = await makeUser("editor");
    const missing = "00000000-0000-4000-8000-00000000abcd";
    const created = await refusal(makeArticle(editor, { heroMediaId: missing }));
    expect(created.details.fields).toEqual({ heroMediaId: ["is not an image in the library"] });
    const draft = await makeArticle(editor);
    const saved = await refusal(saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { body: doc(imageBlock(missing, "Alt")) } }));
    expect(saved.details.fields).toEqual({ body: ["image 1 is not in the library (it may have been deleted)"] });
  });
});
