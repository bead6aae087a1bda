import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { liveArticles, users } from "@/db/schema";
import type { ArticleFieldsInput } from "@/lib/articles/shape";
import type { Actor } from "@/lib/auth/actor";
import { transitionArticle } from "@/lib/publishing/commands";
import type { LiveFilter } from "@/lib/entities/kinds";
import { countLiveArticles, findEntity } from "@/lib/entities/queries";
import { makeArticle, makeSection, makeTag, makeUser, unique } from "@/tests/factories";
import { decodeCursor, encodeCursor, type Keyset } from "./cursor";
import { listLiveArticles } from "./queries";

const hour = 3_600_000;
const base = Date.parse("2026-03-01T12:00:00Z");

async function publish(editor: Actor, fields: Partial<ArticleFieldsInput> = {}, hoursAgo = 0) {
  const draft = await makeArticle(editor, fields);
  const result = await transitionArticle({
    actor: editor,
    articleId: draft.id,
    action: "publish",
    version: draft.version,
    now: new Date(base - hoursAgo * hour),
  });
  return { ...draft, version: result.version };
}

/** Page `page` (from 1) of a filtered list, as the tag, section and author pages read it, and the list's size. */
async function livePage(filter: LiveFilter, page: number, perPage: number) {
  const [{ items }, total] = await Promise.all([listLiveArticles({ filter, limit: perPage, offset: (page - 1) * perPage }), countLiveArticles(filter)]);
  return { items, total };
}

/** Every article of a filtered list, walked with the keyset cursor `limit` at a time (through encode/decode, as the API does). */
async function walk(filter: LiveFilter, limit: number) {
  const seen: string[] = [];
  let after: Keyset | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const { items, next } = await listLiveArticles({ filter, limit, after });
    seen.push(...items.map((i) => i.id));
    if (!next) return seen;
    expect(items).toHaveLength(limit);
    after = decodeCursor(encodeCursor(next));
  }
  throw new Error("the cursor never ended");
}

describe("entity look-ups", () => {
  it("finds a tag, a section and an author by slug with public fields only", async () => {
    const tag = await makeTag("show");
    const section = await makeSection();
    const writer = await makeUser("contributor");
    const [row] = await db.update(users).set({ bio: "Writes about TV." }).where(eq(users.id, writer.id)).returning();

    expect(await findEntity("tag", tag.slug)).toEqual({ id: tag.id, slug: tag.slug, name: tag.name, description: "", kicker: "TV Show" });
    expect(await findEntity("section", section.slug)).toEqual({ id: section.id, slug: section.slug, name: section.name, description: "", kicker: "Section" });
    const author = await findEntity("author", row.slug!);
    expect(author).toEqual({ id: writer.id, slug: row.slug, name: writer.name, description: "Writes about TV.", kicker: "Author" });
    expect(Object.keys(author!).sort()).toEqual(["description", "id", "kicker", "name", "slug"]);
  });

  it("finds nothing for unknown slugs, hostile input and people without an author page", async () => {
    const writer = await makeUser("contributor");
    await db.update(users).set({ slug: null }).where(eq(users.id, writer.id));
    for (const slug of ["no-such-thing", "' OR 1=1 --", "<script>", "", "é".repeat(5000)]) {
      expect(await findEntity("tag", slug)).toBeNull();
      expect(await findEntity("section", slug)).toBeNull();
      expect(await findEntity("author", slug)).toBeNull();
    }
  });
});

describe("listLiveArticles by page", () => {
  it("lists only live articles of a tag, newest first, with the total", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const older = await publish(editor, { title: "Older story", tagIds: [tag.id] }, 5);
    const newer = await publish(editor, { title: "Newer story", tagIds: [tag.id] }, 1);
    await publish(editor, { title: "Untagged story" }, 0);
    await makeArticle(editor, { title: "Draft with the tag", tagIds: [tag.id] });
    const gone = await publish(editor, { title: "Unpublished with the tag", tagIds: [tag.id] }, 0);
    await transitionArticle({ actor: editor, articleId: gone.id, action: "unpublish", version: gone.version });

    const { items, total } = await livePage({ tag: tag.id }, 1, 20);
    expect(items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({ title: "Newer story", url: `/articles/${newer.slug}`, tags: [{ slug: tag.slug, kind: "show" }] });
  });

  it("pages through a list without skipping or repeating, and is empty past the end", async () => {
    const editor = await makeUser("editor");
    const section = await makeSection();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.unshift((await publish(editor, { sectionId: section.id }, 10 - i)).id);

    const pages = await Promise.all([1, 2, 3, 4].map((page) => livePage({ section: section.id }, page, 2)));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1, 0]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(ids);
    expect(pages.every((p) => p.total === 5)).toBe(true);
  });

  it("filters by author, including co-bylines, and combines filters", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("contributor");
    const section = await makeSection();
    const solo = await publish(editor, { bylineIds: [writer.id], sectionId: section.id }, 3);
    const shared = await publish(editor, { bylineIds: [editor.id, writer.id] }, 2);
    await publish(editor, { bylineIds: [editor.id], sectionId: section.id }, 1);

    const byWriter = await livePage({ author: writer.id }, 1, 20);
    expect(byWriter.items.map((i) => i.id)).toEqual([shared.id, solo.id]);
    expect(byWriter.items[0].bylines.map((b) => b.id)).toEqual([editor.id, writer.id]);
    const both = await livePage({ author: writer.id, section: section.id }, 1, 20);
    expect(both.items.map((i) => i.id)).toEqual([solo.id]);
  });
});

describe("listLiveArticles after a cursor", () => {
  it("walks a list with the cursor, never skipping or repeating, even when publish times tie", async () => {
    const editor = await makeUser("editor");
    const tag = await makeTag();
    const created = [];
    for (let i = 0; i < 7; i++) created.push(await publish(editor, { tagIds: [tag.id], title: `Tie ${i} ${unique("x")}` }, i));
    const ids = created.map((c) => c.id);
    // Three share a publish time to the microsecond; two differ only below the millisecond a JS Date keeps.
    await db
      .update(liveArticles)
      .set({ publishedAt: sql`timestamptz '2026-02-01 10:00:00.123456+00'` })
      .where(inArray(liveArticles.articleId, ids.slice(0, 3)));
    await db
      .update(liveArticles)
      .set({ publishedAt: sql`timestamptz '2026-01-01 10:00:00.000001+00'` })
      .where(eq(liveArticles.articleId, ids[3]));
    await db
      .update(liveArticles)
      .set({ publishedAt: sql`timestamptz '2026-01-01 10:00:00.000002+00'` })
      .where(eq(liveArticles.articleId, ids[4]));

    const expected = (await livePage({ tag: tag.id }, 1, 50)).items.map((i) => i.id);
    expect(new Set(expected)).toEqual(new Set(ids));
    for (const limit of [1, 2, 3, 7, 50]) expect(await walk({ tag: tag.id }, limit)).toEqual(expected);
    // The two that differ by a microsecond keep their order.
    expect(expected.indexOf(ids[4])).toBeLessThan(expected.indexOf(ids[3]));
  });

  it("walks the unfiltered list too, and ends with a null cursor", async () => {
    const editor = await makeUser("editor");
    for (let i = 0; i < 3; i++) await publish(editor, {}, 20 + i);
    const all = await db.select({ id: liveArticles.articleId }).from(liveArticles);
    const seen = await walk({}, 2);
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen).size).toBe(all.length);
    const { next } = await listLiveArticles({ filter: {}, limit: 50 });
    expect(next).toBeNull();
  });

  it("starts after a cursor from anywhere without failing", async () => {
    const far = { us: "99999999999999999", id: "ffffffff-ffff-ffff-ffff-ffffffffffff" };
    const zero = { us: "0", id: "00000000-0000-0000-0000-000000000000" };
    expect((await listLiveArticles({ filter: {}, limit: 5, after: far })).items.length).toBeGreaterThan(0);
    expect(await listLiveArticles({ filter: {}, limit: 5, after: zero })).toEqual({ items: [], next: null });
  });
});
