// Which tags are public pages: one an editor creates is listed at once; one a
// contributor creates is not (no page, feed, sitemap entry or content API
// filter, exactly like an unknown tag) until a story carrying it is published.
// The editor's type-ahead finds it either way.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as collection from "@/app/api/admin/articles/route";
import { db } from "@/db/client";
import { tags } from "@/db/schema";
import { call, makeCaller } from "@/tests/api-test-kit";
import { getLiveArticleBySlug, listLiveArticles } from "@/lib/articles/queries";
import { findEntity } from "@/lib/entities/queries";
import { loadFeedSource } from "@/lib/feeds/queries";
import { listSitemapEntries } from "@/lib/feeds/sitemap-queries";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, unique } from "@/tests/factories";
import { createTag } from "./commands";
import { searchTags } from "./queries";

async function tagRow(id: string) {
  const [row] = await db.select({ listedAt: tags.listedAt, createdById: tags.createdById }).from(tags).where(eq(tags.id, id));
  return row;
}

/** Everything a reader, a feed reader or a crawler could reach for this slug. */
async function publicFace(slug: string) {
  const tag = await findEntity("tag", slug);
  const feed = await loadFeedSource({ kind: "tag", slug });
  const sitemap = (await listSitemapEntries({ kind: "tags", n: 1 })).map((e) => e.key);
  return {
    page: !!tag,
    feed: !!feed.source,
    inSitemap: sitemap.includes(slug),
    related: tag ? (await listLiveArticles({ filter: { tag: tag.id }, limit: 5 })).items.length : 0,
  };
}

describe("tags made by contributors", () => {
  it("are not public until a story carrying them is published, and then are", async () => {
    const writer = await makeCaller("contributor");
    const editor = await makeCaller("editor");
    const name = `Quiet Show ${unique("s")}`;
    const tag = await createTag(writer, { name, kind: "show" });
    expect(await tagRow(tag.id)).toEqual({ listedAt: null, createdById: writer.id });

    const unknown = await publicFace(`no-such-tag-${unique("x")}`);
    expect(await publicFace(tag.slug)).toEqual(unknown);
    expect(unknown).toEqual({ page: false, feed: false, inSitemap: false, related: 0 });
    // The editor's type-ahead still finds it.
    expect((await searchTags({ q: name })).map((t) => t.id)).toContain(tag.id);

    const draft = await makeArticle(writer, { tagIds: [tag.id] });
    const submitted = await transitionArticle({ actor: writer, articleId: draft.id, action: "submit", version: draft.version });
    expect(await publicFace(tag.slug)).toEqual(unknown);
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: submitted.version });

    expect((await tagRow(tag.id)).listedAt).toBeInstanceOf(Date);
    expect(await publicFace(tag.slug)).toEqual({ page: true, feed: true, inSitemap: true, related: 1 });
    const listed = await findEntity("tag", tag.slug);
    expect((await listLiveArticles({ filter: { tag: listed!.id }, limit: 20 })).items.map((i) => i.id)).toEqual([draft.id]);
  });

  it("made through the Admin API are unlisted too, and record their creator", async () => {
    const writer = await makeCaller("contributor");
    const name = `Api Topic ${unique("t")}`;
    const created = await call(collection.POST, { method: "POST", body: { title: "With a new tag", tags: [{ name, kind: "topic" }] }, token: writer.token });
    expect(created.status).toBe(201);
    const [row] = await db.select().from(tags).where(eq(tags.name, name));
    expect(row.listedAt).toBeNull();
    expect(row.createdById).toBe(writer.id);
    expect(await findEntity("tag", row.slug)).toBeNull();
  });

  it("are listed by the publish that first carries them, so a live story never links to a missing tag page", async () => {
    const editor = await makeCaller("editor");
    const writer = await makeCaller("contributor");
    const tag = await createTag(writer, { name: `Shown ${unique("s")}`, kind: "person" });
    const draft = await makeArticle(editor, { tagIds: [tag.id] });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const live = await getLiveArticleBySlug({ slug: draft.slug });
    expect(live?.tags.map((t) => t.slug)).toEqual([tag.slug]);
    expect(await findEntity("tag", tag.slug)).not.toBeNull();
  });
});

describe("tags made by editors and admins", () => {
  it.each(["editor", "admin"] as const)("are listed at once (%s)", async (role) => {
    const actor = await makeCaller(role);
    const tag = await createTag(actor, { name: `Loud ${role} ${unique("s")}`, kind: "film" });
    const row = await tagRow(tag.id);
    expect(row.listedAt).toBeInstanceOf(Date);
    expect(row.createdById).toBe(actor.id);
    expect((await publicFace(tag.slug)).page).toBe(true);
    expect((await publicFace(tag.slug)).feed).toBe(true);
  });

  it("leave an existing contributor's tag as it is (found by slug, not created or listed)", async () => {
    const writer = await makeCaller("contributor");
    const editor = await makeCaller("editor");
    const name = `Shared ${unique("s")}`;
    const first = await createTag(writer, { name, kind: "show" });
    const again = await createTag(editor, { name, kind: "show" });
    expect(again.id).toBe(first.id);
    expect((await tagRow(first.id)).listedAt).toBeNull();
  });
});
