// Feeds and sitemaps through the real pipeline: stories with what editors
// really type are saved, published, changed and unpublished with the app's
// own commands in PostgreSQL, then read back by feedparser and xmllint.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { tags, users } from "@/db/schema";
import { saveArticle } from "@/lib/articles/update";
import { doc, p } from "@/lib/content/build";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeSection, makeTag, makeUser } from "@/tests/factories";
import { jsonFeedProblems, readWithFeedparser, xmlProblems } from "@/tests/feed-tools";
import { buildAtom } from "./atom";
import { buildJsonFeed } from "./json-feed";
import { loadFeedSource } from "./queries";
import { buildRss } from "./rss";
import type { FeedScope } from "./scope";
import { listRecentArticles, listSitemapChunks, listSitemapEntries } from "./sitemap-queries";

const ctx = { siteUrl: "https://news.example", changedAt: new Date() };
const TITLE_TYPED = `Tom & Jerry's "reunion" 🎬 שלום 東京\u0007`;
const TITLE_SHOWN = `Tom & Jerry's "reunion" 🎬 שלום 東京`;

async function publishedStory() {
  const editor = await makeUser("editor");
  const nastyName = `Ana "A&B" <Ruiz> ]]> 李`;
  await db.update(users).set({ name: nastyName }).where(eq(users.id, editor.id));
  const tag = await makeTag();
  await db
    .update(tags)
    .set({ name: `Salt & Ember <${tag.slug}> ]]>` })
    .where(eq(tags.id, tag.id));
  const section = await makeSection();
  const draft = await makeArticle(editor, {
    title: TITLE_TYPED,
    dek: `A & B's "dek" 🎬`,
    body: doc(p("1 < 2 & 3 > 2, CDATA ends with ]]> and again ]]> — 東京 שלום 🎬")),
    tagIds: [tag.id],
    sectionId: section.id,
    bylineIds: [editor.id],
    heroImageUrl: "/images/demo/coastal-dusk.svg",
    heroImageAlt: "Dusk",
    heroImageCredit: "Illustration: Marquee",
  });
  const live = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
  return { editor, nastyName, tag: { ...tag, name: `Salt & Ember <${tag.slug}> ]]>` }, section, draft, version: live.version };
}

async function authorSlugOf(id: string) {
  const [row] = await db.select({ slug: users.slug }).from(users).where(eq(users.id, id));
  return row.slug!;
}

describe("feeds from the database", () => {
  it("carry a published story in every format and scope, readable by feedparser, well-formed and valid JSON Feed", async () => {
    const story = await publishedStory();
    const scopes: FeedScope[] = [
      { kind: "site" },
      { kind: "tag", slug: story.tag.slug },
      { kind: "section", slug: story.section.slug },
      { kind: "author", slug: await authorSlugOf(story.editor.id) },
    ];
    for (const scope of scopes) {
      const { source } = await loadFeedSource(scope);
      expect(source, scope.kind).not.toBeNull();
      for (const xml of [buildRss(ctx, source!), buildAtom(ctx, source!)]) {
        expect(xmlProblems(xml), scope.kind).toBe("");
        const feed = readWithFeedparser(xml);
        expect(feed.bozo, `${scope.kind}: ${feed.bozo_exception}`).toBeFalsy();
        const entry = feed.entries.find((e) => e.id === `urn:uuid:${story.draft.id}`);
        expect(entry, scope.kind).toMatchObject({
          title: TITLE_SHOWN,
          link: `https://news.example/articles/${story.draft.slug}`,
          authors: [story.nastyName],
          tags: [story.tag.name],
        });
        expect(entry!.content.join("")).toContain("1 &lt; 2 &amp; 3 &gt; 2, CDATA ends with ]]&gt; and again ]]&gt; — 東京 שלום 🎬");
        expect(entry!.enclosures[0]).toMatchObject({ href: "https://news.example/images/demo/coastal-dusk.svg", type: "image/svg+xml" });
        expect(Number(entry!.enclosures[0].length)).toBeGreaterThan(0);
      }
      const json = JSON.parse(buildJsonFeed(ctx, source!));
      expect(jsonFeedProblems(json)).toEqual([]);
      expect(json.items.find((i: { id: string }) => i.id === `urn:uuid:${story.draft.id}`).title).toBe(TITLE_SHOWN);
    }
  });

  it("show a change with its new time, and drop a story once it is unpublished", async () => {
    const story = await publishedStory();
    const scope: FeedScope = { kind: "tag", slug: story.tag.slug };
    const saved = await saveArticle({ actor: story.editor, articleId: story.draft.id, version: story.version, fields: { title: "Corrected headline" } });
    const changed = await transitionArticle({ actor: story.editor, articleId: story.draft.id, action: "publish_changes", version: saved.version });

    const source = (await loadFeedSource(scope)).source!;
    const { publishedAt, updatedAt } = source.articles[0];
    expect(updatedAt > publishedAt).toBe(true);
    const atom = readWithFeedparser(buildAtom(ctx, source));
    expect(atom.entries.map((e) => e.title)).toEqual(["Corrected headline"]);
    // feedparser keeps whole seconds.
    expect(atom.entries[0].updated).toBe(updatedAt.replace(/\.\d+Z$/, "Z"));
    expect(atom.entries[0].published).toBe(publishedAt.replace(/\.\d+Z$/, "Z"));
    const json = JSON.parse(buildJsonFeed(ctx, source));
    expect(json.items[0]).toMatchObject({ title: "Corrected headline", date_modified: updatedAt, date_published: publishedAt });

    await transitionArticle({ actor: story.editor, articleId: story.draft.id, action: "unpublish", version: changed.version });
    const after = (await loadFeedSource(scope)).source!;
    expect(after.articles).toEqual([]);
    expect(readWithFeedparser(buildRss(ctx, after)).bozo).toBeFalsy();
    const site = (await loadFeedSource({ kind: "site" })).source!;
    expect(site.articles.map((a) => a.id)).not.toContain(story.draft.id);
  });

  it("know no feed for an unknown tag, section or author, and name the cache tags to wait on", async () => {
    for (const kind of ["tag", "section", "author"] as const) {
      const { source, tags: cacheTags } = await loadFeedSource({ kind, slug: "no-such-thing" });
      expect(source, kind).toBeNull();
      expect(cacheTags.length, kind).toBeGreaterThan(0);
    }
  });
});

describe("sitemaps from the database", () => {
  it("list live stories, their tags, sections and authors with lastmod, and never a draft", async () => {
    const story = await publishedStory();
    const draft = await makeArticle(story.editor, { title: "Still a draft" });
    const chunks = await listSitemapChunks();
    expect(chunks.map((c) => `${c.kind}-${c.n}`)).toEqual(expect.arrayContaining(["articles-1", "tags-1", "sections-1", "authors-1"]));
    expect(chunks.every((c) => c.lastmod instanceof Date)).toBe(true);

    const articles = await listSitemapEntries({ kind: "articles", n: 1 });
    expect(articles.map((a) => a.key)).toContain(story.draft.slug);
    expect(articles.map((a) => a.key)).not.toContain(draft.slug);
    expect((await listSitemapEntries({ kind: "tags", n: 1 })).map((t) => t.key)).toContain(story.tag.slug);
    expect((await listSitemapEntries({ kind: "sections", n: 1 })).map((t) => t.key)).toContain(story.section.slug);
    expect((await listSitemapEntries({ kind: "authors", n: 1 })).map((t) => t.key)).toContain(await authorSlugOf(story.editor.id));
    expect(await listSitemapEntries({ kind: "articles", n: 2 })).toEqual([]);

    const recent = await listRecentArticles({ hours: 48 });
    expect(recent.find((r) => r.slug === story.draft.slug)?.title).toBe(TITLE_TYPED);
  });
});
