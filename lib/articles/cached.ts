// Cached reads for the public site and feeds, tagged with names from
// lib/cache/tags.ts so a publish invalidates exactly what it touched.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import type { EntityKind } from "@/lib/entities/kinds";
import { findEntity } from "@/lib/entities/queries";
import type { ArticleSummary, PublicArticle } from "./dto";
import { findBusiestTag, findRedirect, getLiveArticleBySlug, listLiveArticles, listSections } from "./queries";

/** The newest `limit` live articles under the entity with this slug; none when it does not exist. */
async function latestUnder(kind: EntityKind, slug: string, limit: number): Promise<ArticleSummary[]> {
  const entity = await findEntity(kind, slug);
  return entity ? (await listLiveArticles({ filter: { [kind]: entity.id }, limit })).items : [];
}

function tagsShownBy(article: ArticleSummary): string[] {
  return [
    cacheTags.article(article.id),
    ...article.tags.map((t) => cacheTags.tag(t.slug)),
    ...article.bylines.map((b) => cacheTags.author(b.id)),
    ...(article.section ? [cacheTags.section(article.section.slug)] : []),
  ];
}

export async function getArticlePage(slug: string): Promise<{ article: PublicArticle; related: ArticleSummary[] } | { redirectTo: string } | null> {
  "use cache";
  cacheLife("content");
  // The related stories beside it change with any publish or takedown: the
  // edge refreshes article pages for those (RELATED_KEY in
  // lib/cache/edge-headers.ts) and the page cache drops them, so Next's copy
  // must go too, or every later request would find a render older than the
  // purge and be sent uncacheable.
  cacheTag(cacheTags.slug(slug), cacheTags.latest, cacheTags.takedown);
  const article = await getLiveArticleBySlug({ slug });
  if (!article) {
    const current = await findRedirect({ slug });
    if (current) cacheTag(cacheTags.slug(current));
    return current ? { redirectTo: current } : null;
  }
  cacheTag(...tagsShownBy(article));
  const firstTag = article.tags[0]?.slug;
  const related = firstTag ? (await latestUnder("tag", firstTag, 5)).filter((a) => a.id !== article.id).slice(0, 4) : [];
  return { article, related };
}

export type HomePage = {
  lead: ArticleSummary | null;
  latest: ArticleSummary[];
  /** Coverage of the show or film with the most stories this month. */
  rail: { tag: { slug: string; name: string; kind: string }; articles: ArticleSummary[] } | null;
  sections: { slug: string; name: string; articles: ArticleSummary[] }[];
};

export async function getHomePage(): Promise<HomePage> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.home);
  const [latest, sectionList, busiest] = await Promise.all([
    listLiveArticles({ limit: 13 }).then((list) => list.items),
    listSections(),
    findBusiestTag({ kinds: ["show", "film"], days: 30 }),
  ]);
  // The rail's tag name is on the page, so a rename of that tag must refresh it.
  if (busiest) cacheTag(cacheTags.tag(busiest.slug));
  // Each section's stories and the rail's at once: a render after a publish waits for one round trip, not two.
  const [sections, rail] = await Promise.all([
    Promise.all(sectionList.map(async (s) => ({ ...s, articles: await latestUnder("section", s.slug, 4) }))),
    busiest ? latestUnder("tag", busiest.slug, 5).then((articles) => ({ tag: busiest, articles })) : null,
  ]);
  return { lead: latest[0] ?? null, latest: latest.slice(1), rail, sections: sections.filter((s) => s.articles.length) };
}

export async function getSiteSections(): Promise<{ slug: string; name: string }[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sections);
  return listSections();
}
