import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articleRevisions, articles, auditEvents, liveArticles } from "@/db/schema";
import { getLiveArticleBySlug, findRedirect } from "@/lib/articles/queries";
import { AppError } from "@/lib/errors";
import { makeArticle, makeSection, makeTag, makeUser } from "@/tests/factories";
import { transitionArticle } from "./commands";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("transitionArticle", () => {
  it("takes a contributor's draft through review to a live page readers can load", async () => {
    const writer = await makeUser("contributor");
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const section = await makeSection();
    const draft = await makeArticle(writer, { title: "Harrow Bay returns", tagIds: [tag.id], sectionId: section.id });

    const submitted = await transitionArticle({ actor: writer, articleId: draft.id, action: "submit", version: draft.version });
    expect(submitted.status).toBe("in_review");
    expect(submitted.touchedTags).toEqual([]); // nothing public changed

    const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: submitted.version });
    expect(published.status).toBe("published");
    expect(published.touchedTags).toEqual(
      expect.arrayContaining(["home", "feeds", `article:${draft.id}`, `slug:${draft.slug}`, `tag:${tag.slug}`, `section:${section.slug}`]),
    );

    const live = await getLiveArticleBySlug({ slug: draft.slug });
    expect(live?.title).toBe("Harrow Bay returns");
    expect(live?.bodyHtml).toBe("<p>A first paragraph with <strong>news</strong>.</p>");
    expect(live?.tags.map((t) => t.slug)).toEqual([tag.slug]);
    expect(live?.bylines.map((b) => b.id)).toEqual([writer.id]);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(events.map((e) => e.action)).toEqual(["article.create", "article.submit", "article.publish"]);
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id));
    expect(revisions.map((r) => r.kind).sort()).toEqual(["create", "publish"]);
  });

  it("refuses a contributor who tries to publish, and changes nothing", async () => {
    const writer = await makeUser("contributor");
    const draft = await makeArticle(writer);
    await expectAppError(transitionArticle({ actor: writer, articleId: draft.id, action: "publish", version: draft.version }), "forbidden");
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row.status).toBe("draft");
    expect(row.version).toBe(draft.version);
    expect(await getLiveArticleBySlug({ slug: draft.slug })).toBeNull();
  });

  it("hides another contributor's draft behind not found", async () => {
    const owner = await makeUser("contributor");
    const other = await makeUser("contributor");
    const draft = await makeArticle(owner);
    await expectAppError(transitionArticle({ actor: other, articleId: draft.id, action: "submit", version: draft.version }), "not_found");
  });

  it("refuses a stale version with the current one, and changes nothing", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    await transitionArticle({ actor: editor, articleId: draft.id, action: "submit", version: draft.version });
    const error = await expectAppError(transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version }), "conflict");
    expect(error.details.currentVersion).toBe(draft.version + 1);
    expect(await getLiveArticleBySlug({ slug: draft.slug })).toBeNull();
  });

  it("refuses a schedule time in the past", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const error = await expectAppError(
      transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at: new Date(Date.now() - 1000) }),
      "invalid",
    );
    expect(error.details.fields).toEqual({ at: ["must be in the future"] });
  });

  it("schedules for a future time without making anything public", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const at = new Date(Date.now() + 3_600_000);
    const result = await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at });
    expect(result.status).toBe("scheduled");
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row.publishAt?.toISOString()).toBe(at.toISOString());
    expect(await getLiveArticleBySlug({ slug: draft.slug })).toBeNull();
  });

  it("takes an unpublished article off the live table", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const unpublished = await transitionArticle({ actor: editor, articleId: draft.id, action: "unpublish", version: published.version });
    expect(unpublished.status).toBe("unpublished");
    expect(unpublished.touchedTags).toContain(`slug:${draft.slug}`);
    expect(await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id))).toEqual([]);
  });

  it("clears no cache when only a live story's take-down time changes (readers see nothing new)", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule_unpublish", version: published.version, at });
    expect(scheduled.touchedTags).toEqual([]);
    const cancelled = await transitionArticle({ actor: editor, articleId: draft.id, action: "cancel_unpublish", version: scheduled.version });
    expect(cancelled.touchedTags).toEqual([]);
    expect((await getLiveArticleBySlug({ slug: draft.slug }))?.id).toBe(draft.id);
  });

  it("keeps the old URL of a published article whose slug changed as a redirect", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const published = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    await db
      .update(articles)
      .set({ slug: `${draft.slug}-renamed` })
      .where(eq(articles.id, draft.id));
    const changed = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish_changes", version: published.version });
    expect(changed.touchedTags).toEqual(expect.arrayContaining([`slug:${draft.slug}`, `slug:${draft.slug}-renamed`]));
    expect(await findRedirect({ slug: draft.slug })).toBe(`${draft.slug}-renamed`);
    expect(await getLiveArticleBySlug({ slug: draft.slug })).toBeNull();
  });
});
