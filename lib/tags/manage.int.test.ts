// Tag management against a real PostgreSQL: renames and slug changes that
// leave redirects, merges that move working and live copies (with revisions
// and audit events), deletions with a confirmed count, the refusals, and the
// exact cache tags each change invalidates.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articleRevisions, articles, articleTags, auditEvents, liveArticles, media, tags } from "@/db/schema";
import { parsePublicPath, publicPathExists } from "@/lib/articles/public-paths";
import { getLiveArticleBySlug } from "@/lib/articles/queries";
import { findEntity, findEntityRedirect } from "@/lib/entities/queries";
import { AppError } from "@/lib/errors";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeSection, makeTag, makeUser, unique } from "@/tests/factories";
import { createTag } from "./commands";
import { deleteTag, mergeTag, updateTag } from "./manage";

const invalidated: string[][] = [];
vi.mock("@/lib/cache/invalidate", () => ({ invalidateTags: async (t: readonly string[]) => void invalidated.push([...t]) }));
beforeEach(() => void (invalidated.length = 0));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function livePublished(editor: Awaited<ReturnType<typeof makeUser>>, fields: Parameters<typeof makeArticle>[1]) {
  const draft = await makeArticle(editor, fields);
  await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
  const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
  return row;
}

const tagRow = async (id: string) => (await db.select().from(tags).where(eq(tags.id, id)))[0];
const liveTagIds = async (id: string) => (await db.select({ t: liveArticles.tagIds }).from(liveArticles).where(eq(liveArticles.articleId, id)))[0]?.t;
const workingTagIds = async (id: string) =>
  (await db.select({ t: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id)).orderBy(articleTags.position)).map((r) => r.t);

describe("updateTag", () => {
  it("renames a tag: readers see the new name, and exactly what showed the old one is purged", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag("show");
    const other = await makeTag("person");
    const section = await makeSection();
    const story = await livePublished(editor, { tagIds: [tag.id, other.id], sectionId: section.id });
    invalidated.length = 0;

    const { tag: renamed, touchedTags } = await updateTag({ actor: editor, id: tag.id, patch: { name: "Salt & Ember: Reborn", version: 1 } });
    expect(renamed).toMatchObject({ name: "Salt & Ember: Reborn", slug: tag.slug, version: 2, storyCount: 1 });
    expect((await getLiveArticleBySlug({ slug: story.slug }))?.tags.map((t) => t.name)).toContain("Salt & Ember: Reborn");
    expect(touchedTags).toEqual(
      [
        `tag:${tag.slug}`,
        `tag:${other.slug}`,
        `section:${section.slug}`,
        `author:${editor.id}`,
        `article:${story.id}`,
        `slug:${story.slug}`,
        "home",
        "latest",
        "feeds",
      ].sort(),
    );
    expect(invalidated).toEqual([touchedTags]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, tag.id));
    expect(event).toMatchObject({ action: "tag.update", actorId: editor.id, data: { fields: ["name"], slug: tag.slug } });
  });

  it("a description alone purges only the tag's own pages and feeds", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    await livePublished(editor, { tagIds: [tag.id] });
    const { touchedTags } = await updateTag({ actor: editor, id: tag.id, patch: { description: "All about it." } });
    expect(touchedTags).toEqual([`tag:${tag.slug}`]);
  });

  it("a new slug leaves the old one redirecting, purges both and the sitemap, and renaming back drops the redirect", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    await livePublished(editor, { tagIds: [tag.id] });
    const next = unique("new-slug");
    const { touchedTags } = await updateTag({ actor: editor, id: tag.id, patch: { slug: next } });
    expect(touchedTags).toEqual(expect.arrayContaining([`tag:${tag.slug}`, `tag:${next}`, "sitemap"]));
    expect(await findEntity("tag", tag.slug)).toBeNull();
    expect(await findEntityRedirect("tag", tag.slug)).toEqual({ id: tag.id, slug: next });
    for (const path of [`/tags/${tag.slug}`, `/tags/${tag.slug}/feed.xml`, `/tags/${next}`])
      expect(await publicPathExists(parsePublicPath(path)!), path).toBe(true);

    await updateTag({ actor: editor, id: tag.id, patch: { slug: tag.slug } });
    expect(await findEntityRedirect("tag", tag.slug)).toBeNull();
    expect(await findEntityRedirect("tag", next)).toEqual({ id: tag.id, slug: tag.slug });
  });

  it("refuses a slug another tag has, or had (409 with a field error), an empty or 10 kB name, and a stale version", async () => {
    const editor = await makeUser("editor");
    const [a, b, c] = [await makeTag(), await makeTag(), await makeTag()];
    const clash = await refusal(updateTag({ actor: editor, id: a.id, patch: { slug: b.slug } }));
    expect(clash.code).toBe("conflict");
    expect(clash.details.fields).toEqual({ slug: ["is already used by another tag"] });
    const moved = unique("moved");
    await updateTag({ actor: editor, id: c.id, patch: { slug: moved } });
    expect((await refusal(updateTag({ actor: editor, id: a.id, patch: { slug: c.slug } }))).code).toBe("conflict");
    for (const name of ["", "   ", "x".repeat(10_240)]) {
      const error = await refusal(updateTag({ actor: editor, id: a.id, patch: { name } }));
      expect(error.code).toBe("invalid");
      expect(Object.keys(error.details.fields ?? {})).toEqual(["name"]);
    }
    const stale = await refusal(updateTag({ actor: editor, id: a.id, patch: { name: "Late", version: 7 } }));
    expect(stale).toMatchObject({ code: "conflict", details: { currentVersion: 1 } });
    expect(await tagRow(a.id)).toMatchObject({ name: a.name, slug: a.slug, version: 1 });
    expect(invalidated.slice(1)).toEqual([]); // only c's change purged anything
  });

  it("stores an image from the media library, and refuses an id the library does not have", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const [item] = await db
      .insert(media)
      .values({ contentHash: unique("hash"), originalKey: "k", filename: "a.jpg", mimeType: "image/jpeg", bytes: 1, width: 1, height: 1 })
      .returning();
    expect((await updateTag({ actor: editor, id: tag.id, patch: { imageMediaId: item.id } })).tag.imageMediaId).toBe(item.id);
    const missing = await refusal(updateTag({ actor: editor, id: tag.id, patch: { imageMediaId: crypto.randomUUID() } }));
    expect(missing).toMatchObject({ code: "invalid", status: 422, details: { fields: { imageMediaId: ["is not a media library item"] } } });
    expect((await updateTag({ actor: editor, id: tag.id, patch: { imageMediaId: null } })).tag.imageMediaId).toBeNull();
  });

  it("refuses a contributor and changes nothing", async () => {
    const writer = await makeUser("contributor");
    const tag = await makeTag();
    expect((await refusal(updateTag({ actor: writer, id: tag.id, patch: { name: "Mine now" } }))).code).toBe("forbidden");
    expect((await refusal(mergeTag({ actor: writer, id: tag.id, intoId: (await makeTag()).id }))).code).toBe("forbidden");
    expect((await refusal(deleteTag({ actor: writer, id: tag.id }))).code).toBe("forbidden");
    expect(await tagRow(tag.id)).toMatchObject({ name: tag.name, version: 1 });
    expect(invalidated).toEqual([]);
  });
});

describe("mergeTag", () => {
  it("moves working and live copies (a revision and an audit event each), redirects the old slug and purges both tags' views", async () => {
    const editor = await makeUser("editor");
    const [from, into, other] = [await makeTag("person"), await makeTag("person"), await makeTag()];
    const live = await livePublished(editor, { tagIds: [other.id, from.id] });
    const both = await makeArticle(editor, { tagIds: [into.id, from.id] });
    await updateTag({ actor: editor, id: from.id, patch: { slug: unique("older") } }); // an old slug of the merged tag
    const fromNow = await tagRow(from.id);
    invalidated.length = 0;

    const result = await mergeTag({ actor: editor, id: from.id, intoId: into.id });
    expect(result.stories).toBe(2);
    expect(result.tag).toMatchObject({ id: into.id, storyCount: 2, version: 2 });
    expect(await tagRow(from.id)).toBeUndefined();
    expect(await workingTagIds(live.id)).toEqual([other.id, into.id]);
    expect(await liveTagIds(live.id)).toEqual([other.id, into.id]);
    expect(await workingTagIds(both.id)).toEqual([into.id]); // once, in its first place
    expect((await getLiveArticleBySlug({ slug: live.slug }))?.tags.map((t) => t.slug)).toEqual([other.slug, into.slug]);

    const [row] = await db.select().from(articles).where(eq(articles.id, both.id));
    expect(row.version).toBe(both.version + 1);
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, both.id)).orderBy(articleRevisions.number);
    expect(revisions.at(-1)).toMatchObject({ kind: "save", authorId: editor.id });
    expect(revisions.at(-1)!.snapshot.tagIds).toEqual([into.id]);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, "article.retag"));
    expect(events.filter((e) => [live.id, both.id].includes(e.entityId)).map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { from: fromNow.slug, to: into.slug, live: true },
        { from: fromNow.slug, to: into.slug, live: false },
      ]),
    );

    for (const slug of [from.slug, fromNow.slug]) expect(await findEntityRedirect("tag", slug)).toEqual({ id: into.id, slug: into.slug });
    expect(result.touchedTags).toEqual(
      [
        `article:${live.id}`,
        `slug:${live.slug}`,
        `author:${editor.id}`,
        `tag:${other.slug}`,
        `tag:${from.slug}`,
        `tag:${fromNow.slug}`,
        `tag:${into.slug}`,
        "home",
        "latest",
        "feeds",
        "sitemap",
      ].sort(),
    );
    expect(invalidated).toEqual([result.touchedTags]);
  });

  it("leaves the old name finding the tag it was merged into, so the editor's type-in does not bring it back", async () => {
    const editor = await makeUser("editor");
    const [from, into] = [await makeTag(), await makeTag()];
    await mergeTag({ actor: editor, id: from.id, intoId: into.id });
    expect((await createTag(editor, { name: from.slug, kind: "show" })).id).toBe(into.id);
    expect(await tagRow(from.id)).toBeUndefined();
  });

  it("refuses a merge into itself (422), into a missing tag (422) and into a tag just merged away (409)", async () => {
    const editor = await makeUser("editor");
    const [a, b, c] = [await makeTag(), await makeTag(), await makeTag()];
    expect(await refusal(mergeTag({ actor: editor, id: a.id, intoId: a.id }))).toMatchObject({
      code: "invalid",
      details: { fields: { intoId: ["must be another tag"] } },
    });
    expect((await refusal(mergeTag({ actor: editor, id: a.id, intoId: crypto.randomUUID() }))).code).toBe("invalid");
    await mergeTag({ actor: editor, id: b.id, intoId: c.id });
    const late = await refusal(mergeTag({ actor: editor, id: a.id, intoId: b.id }));
    expect(late.code).toBe("conflict");
    expect(late.message).toContain(c.name);
    expect((await refusal(mergeTag({ actor: editor, id: b.id, intoId: a.id }))).code).toBe("conflict");
    expect(await tagRow(a.id)).toMatchObject({ version: 1 });
  });

  it("of two merges at once through the same tag (A into B, B into C), the second sees what the first did", async () => {
    const editor = await makeUser("editor");
    const [a, b, c] = [await makeTag(), await makeTag(), await makeTag()];
    const story = await makeArticle(editor, { tagIds: [a.id] });
    const results = await Promise.allSettled([mergeTag({ actor: editor, id: a.id, intoId: b.id }), mergeTag({ actor: editor, id: b.id, intoId: c.id })]);
    const ok = results.filter((r) => r.status === "fulfilled").length;
    const tagsLeft = (await db.select({ id: tags.id }).from(tags)).map((t) => t.id).filter((id) => [a.id, b.id, c.id].includes(id));
    const carried = await workingTagIds(story.id);
    if (ok === 2) {
      expect(tagsLeft).toEqual([c.id]); // A went into B, then B (with A's story) into C
      expect(carried).toEqual([c.id]);
    } else {
      expect(ok).toBe(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((refused.reason as AppError).code).toBe("conflict");
      expect(carried.length).toBe(1);
      expect(tagsLeft).toContain(carried[0]);
    }
  });
});

describe("deleteTag", () => {
  it("deletes an unused tag at once, purging only its own pages and feeds", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const result = await deleteTag({ actor: editor, id: tag.id });
    expect(result).toEqual({ stories: 0, touchedTags: [`tag:${tag.slug}`] });
    expect(await tagRow(tag.id)).toBeUndefined();
  });

  it("refuses a tag in use until the count that loses it is confirmed, then takes it off working and live copies", async () => {
    const editor = await makeUser("editor");
    const [tag, kept] = [await makeTag(), await makeTag()];
    const live = await livePublished(editor, { tagIds: [tag.id, kept.id] });
    await makeArticle(editor, { tagIds: [tag.id] });
    invalidated.length = 0;
    const unconfirmed = await refusal(deleteTag({ actor: editor, id: tag.id }));
    expect(unconfirmed).toMatchObject({ code: "conflict", details: { storyCount: 2 } });
    expect(unconfirmed.message).toContain("2 stories");
    expect((await refusal(deleteTag({ actor: editor, id: tag.id, confirmStories: 1 }))).details).toEqual({ storyCount: 2 });
    expect(await tagRow(tag.id)).toBeDefined();
    expect(invalidated).toEqual([]);

    const result = await deleteTag({ actor: editor, id: tag.id, confirmStories: 2 });
    expect(result.stories).toBe(2);
    expect(await liveTagIds(live.id)).toEqual([kept.id]);
    expect(await workingTagIds(live.id)).toEqual([kept.id]);
    expect(result.touchedTags).toEqual(expect.arrayContaining([`tag:${tag.slug}`, `tag:${kept.slug}`, `article:${live.id}`, "home", "sitemap"]));
    expect(await findEntity("tag", tag.slug)).toBeNull();
    expect(await findEntityRedirect("tag", tag.slug)).toBeNull();
  });
});
