// One article as every feed format sees it: absolute URLs, stable ids and
// text that XML 1.0 can carry. Pure.
import { authorPath, tagPath } from "@/lib/articles/dto";
import type { FeedArticle, FeedSource } from "./queries";
import { feedPath, type FeedFormat, scopePagePath } from "./scope";
import { absoluteUrl, absoluteUrlOrNull, stripControl } from "./text";

/** `changedAt`: when the newest story in the feed last changed (the feed's own date, the same on every instance). */
export type FeedContext = { siteUrl: string; changedAt: Date };

/** The feed's own date: its stories' latest change, or `fallback` for an empty feed. */
export function feedChangedAt(articles: readonly { updatedAt: string }[], fallback: Date): Date {
  const newest = Math.max(...articles.map((a) => Date.parse(a.updatedAt)));
  return Number.isFinite(newest) ? new Date(newest) : fallback;
}

export type FeedEntry = {
  /** urn:uuid of the article: stays the same when its slug, title or the site's address change. */
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  authors: { name: string; url: string | null }[];
  tags: { slug: string; name: string; url: string }[];
  image: { url: string; type: string; length: number } | null;
};

export type FeedHead = { title: string; description: string; pageUrl: string; selfUrl: (format: FeedFormat) => string };

export function describeHead(ctx: FeedContext, source: FeedSource): FeedHead {
  return {
    title: stripControl(source.title),
    description: stripControl(source.description),
    pageUrl: absoluteUrl(ctx.siteUrl, scopePagePath(source.scope)),
    selfUrl: (format) => absoluteUrl(ctx.siteUrl, feedPath(source.scope, format)),
  };
}

export function describeEntry(ctx: FeedContext, a: FeedArticle): FeedEntry {
  return {
    id: `urn:uuid:${a.id}`,
    url: absoluteUrl(ctx.siteUrl, a.url),
    title: stripControl(a.title),
    summary: stripControl(a.dek),
    contentHtml: stripControl(a.bodyHtml),
    published: new Date(a.publishedAt),
    updated: new Date(a.updatedAt),
    authors: a.bylines.map((b) => ({ name: stripControl(b.name), url: b.slug ? absoluteUrl(ctx.siteUrl, authorPath(b.slug)) : null })),
    tags: a.tags.map((t) => ({ slug: t.slug, name: stripControl(t.name), url: absoluteUrl(ctx.siteUrl, tagPath(t.slug)) })),
    image: imageOf(ctx, a),
  };
}

function imageOf(ctx: FeedContext, a: FeedArticle): FeedEntry["image"] {
  const url = a.hero && absoluteUrlOrNull(ctx.siteUrl, a.hero.url);
  return a.hero && url ? { ...a.hero, url } : null;
}
