// Which feeds exist and where they live: the whole site at /feed.<ext>, and
// each tag, section and author at <their page>/feed.<ext>. Pure.
import { type EntityKind, entityKinds } from "@/lib/entities/kinds";

export type FeedFormat = "rss" | "atom" | "json";
export type FeedScope = { kind: "site" } | { kind: EntityKind; slug: string };

export const FEED_FORMATS: Record<FeedFormat, { file: string; contentType: string; label: string }> = {
  rss: { file: "feed.xml", contentType: "application/rss+xml", label: "RSS" },
  atom: { file: "feed.atom", contentType: "application/atom+xml", label: "Atom" },
  json: { file: "feed.json", contentType: "application/feed+json", label: "JSON Feed" },
};

export const FEED_ITEM_LIMIT = 50;

/** The page a feed mirrors: the home page or the entity's page. */
export const scopePagePath = (scope: FeedScope) => (scope.kind === "site" ? "/" : entityKinds[scope.kind].path(scope.slug));

export function feedPath(scope: FeedScope, format: FeedFormat): string {
  const base = scope.kind === "site" ? "" : entityKinds[scope.kind].path(scope.slug);
  return `${base}/${FEED_FORMATS[format].file}`;
}

type AlternateLink = { url: string; title: string };

/**
 * `alternates.types` for page metadata: the site's feeds, and the entity's
 * when the page is about one. Next replaces a parent's `alternates` rather
 * than merging it, so every page that sets alternates passes its own through here.
 */
export function feedAlternates(entity?: { scope: FeedScope; name: string }): Record<string, AlternateLink[]> {
  const out: Record<string, AlternateLink[]> = {};
  for (const format of Object.keys(FEED_FORMATS) as FeedFormat[]) {
    const { contentType, label } = FEED_FORMATS[format];
    out[contentType] = [{ url: feedPath({ kind: "site" }, format), title: `Marquee (${label})` }];
    if (entity) out[contentType].push({ url: feedPath(entity.scope, format), title: `Marquee: ${entity.name} (${label})` });
  }
  return out;
}
