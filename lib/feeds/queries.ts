// Reads behind the feeds: who or what a feed is about, and its latest live
// articles with their full (already sanitized) body. Uncached:
// lib/feeds/cached.ts wraps them.
import "server-only";
import type { ArticleSummary } from "@/lib/articles/dto";
import { listLiveArticles } from "@/lib/articles/queries";
import { cacheTags } from "@/lib/cache/tags";
import { entityCacheTags, entityKinds, type LiveFilter } from "@/lib/entities/kinds";
import { findEntity } from "@/lib/entities/queries";
import { STORED_VARIANT_TYPES } from "@/lib/media/stored-variant";
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

/** What a feed is about and the cache tags that change it (those of the page it mirrors), or only the tags when nothing has this slug. */
async function findSubject(scope: FeedScope): Promise<Subject | { tags: string[] }> {
  if (scope.kind === "site") return { title: "Marquee", description: SITE_DESCRIPTION, filter: {}, tags: [cacheTags.feeds] };
  const kind = entityKinds[scope.kind];
  const entity = await findEntity(scope.kind, scope.slug);
  const tags = entityCacheTags(scope.kind, scope.slug, entity);
  if (!entity) return { tags };
  const { name, description } = entity;
  return { title: `Marquee: ${name}`, description: description || kind.feed.describe(name), filter: { [scope.kind]: entity.id }, tags };
}

/** The feed's content, or null for an unknown tag, section or author; `tags` are the cache tags it depends on either way. */
export async function loadFeedSource(scope: FeedScope): Promise<{ source: FeedSource | null; tags: string[] }> {
  const subject = await findSubject(scope);
  if (!("filter" in subject)) return { source: null, tags: subject.tags };
  const { items } = await listLiveArticles({ filter: subject.filter, limit: FEED_ITEM_LIMIT, withBody: true });
  const articles = await Promise.all(items.map(async (a) => ({ ...a, hero: a.heroImage ? await enclosureOf(a.heroImage) : null })));
  return { source: { scope, title: subject.title, description: subject.description, articles }, tags: subject.tags };
}

/** A library hero's real type and length (of the variant its URL names); otherwise from the address. */
function enclosureOf(hero: NonNullable<FeedArticle["heroImage"]>): Promise<HeroEnclosure> | HeroEnclosure {
  const variant = hero.media?.fallback;
  if (variant) return { url: hero.url, type: STORED_VARIANT_TYPES[variant.format], length: variant.bytes };
  return describeHeroImage(hero.url);
}
