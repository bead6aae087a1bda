// Reads behind the feeds: who or what a feed is about, and its latest live
// articles with their full (already sanitized) body. Uncached:
// lib/feeds/cached.ts wraps them.
import "server-only";
import { and } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles } from "@/db/schema";
import type { ArticleSummary } from "@/lib/articles/dto";
import { conditions, findAuthor, findSection, findTag, type LiveFilter, newestFirst } from "@/lib/articles/listing-queries";
import { hydrate, liveSummaryColumns } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache/tags";
import { describeHeroImage, type HeroEnclosure } from "./hero";
import { FEED_ITEM_LIMIT, type FeedScope } from "./scope";

export type FeedArticle = ArticleSummary & { bodyHtml: string; hero: HeroEnclosure | null };

export type FeedSource = {
  scope: FeedScope;
  title: string;
  description: string;
  articles: FeedArticle[];
};

type Subject = { title: string; description: string; filter: LiveFilter; tags: string[] };

const SITE_DESCRIPTION = "TV, film, music and celebrity news, reviews and interviews.";

/** What a feed is about and the cache tags that change it, or null when nothing has this slug. */
async function findSubject(scope: FeedScope): Promise<Subject | { tags: string[] }> {
  switch (scope.kind) {
    case "site":
      return { title: "Marquee", description: SITE_DESCRIPTION, filter: {}, tags: [cacheTags.feeds] };
    case "tag": {
      // Tagged on a miss too, as the tag page is: the first story with a new tag brings its feed.
      const tags = [cacheTags.tag(scope.slug)];
      const tag = await findTag({ slug: scope.slug });
      if (!tag) return { tags };
      return { title: `Marquee: ${tag.name}`, description: tag.description || `The latest news about ${tag.name}.`, filter: { tagId: tag.id }, tags };
    }
    case "section": {
      const tags = [cacheTags.section(scope.slug), cacheTags.sections];
      const section = await findSection({ slug: scope.slug });
      if (!section) return { tags };
      return { title: `Marquee: ${section.name}`, description: section.description || `The latest ${section.name} news.`, filter: { sectionId: section.id }, tags };
    }
    case "author": {
      const author = await findAuthor({ slug: scope.slug });
      // No cache tag names an author by slug, so a miss waits for the next publish (as the author page does).
      if (!author) return { tags: [cacheTags.latest] };
      return { title: `Marquee: ${author.name}`, description: author.bio || `Stories by ${author.name}.`, filter: { authorId: author.id }, tags: [cacheTags.author(author.id)] };
    }
  }
}

/** The feed's content, or null for an unknown tag, section or author; `tags` are the cache tags it depends on either way. */
export async function loadFeedSource(scope: FeedScope): Promise<{ source: FeedSource | null; tags: string[] }> {
  const subject = await findSubject(scope);
  if (!("filter" in subject)) return { source: null, tags: subject.tags };
  // The summary and the body's HTML: never the plain text or the search vector, which feeds do not show.
  const rows = await db
    .select({ ...liveSummaryColumns, bodyHtml: liveArticles.bodyHtml })
    .from(liveArticles)
    .where(and(...conditions(subject.filter)))
    .orderBy(...newestFirst)
    .limit(FEED_ITEM_LIMIT);
  const byId = await hydrate(rows);
  const articles = await Promise.all(
    rows.map(async (r) => {
      const summary = byId.get(r.articleId)!;
      return { ...summary, bodyHtml: r.bodyHtml, hero: summary.heroImage ? await describeHeroImage(summary.heroImage.url) : null };
    }),
  );
  return { source: { scope, title: subject.title, description: subject.description, articles }, tags: subject.tags };
}
