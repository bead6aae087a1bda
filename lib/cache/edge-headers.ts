// What a shared cache in front of Marquee (Varnish, deploy/varnish) may keep,
// and under which keys. The keys are cache tags from ./tags, so the purge
// after a publishing event (./edge-purge) names exactly what it touched.
import { ENTITY_KINDS, entityKinds } from "../entities/kinds";
import { cacheTags } from "./tags";

/** Browsers revalidate; a shared cache keeps a minute and may serve stale for five while it refreshes. Purges make changes show at once. */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** The surrogate-key header value for a response built from data cached under `tags`. */
export const xkeyOf = (tags: readonly string[]) => [...new Set(tags)].join(" ");

/** Response headers for a public route handler that read cached data under `tags`. */
export function edgeHeaders(tags: readonly string[]): { "Cache-Control": string; xkey: string } {
  return { "Cache-Control": SHARED_CACHE_CONTROL, xkey: xkeyOf(tags) };
}

/**
 * The edge key of the related stories beside every article. A new or changed
 * story refreshes them softly: the edge serves each article page's copy once
 * more while it refetches it in the background, so a publish does not send
 * every reader of a busy story to the app at once. A story taken down
 * (cacheTags.takedown) purges them at once: no page may list it after that.
 */
export const RELATED_KEY = "related";

/** The keys an edge purges for a change that invalidated `tags`: `hard` drop their pages, `soft` mark them for a background refresh. */
export function edgePurgeKeys(tags: readonly string[]): { hard: string[]; soft: string[] } {
  if (tags.includes(cacheTags.takedown)) return { hard: [...tags, RELATED_KEY], soft: [] };
  return { hard: [...tags], soft: tags.includes(cacheTags.latest) ? [RELATED_KEY] : [] };
}

/**
 * The keys of each public page, from its path alone (applied by next.config.ts
 * `headers()`, so a page costs no extra code per request). Each page lists
 * a tag that every change to what it shows invalidates:
 *   - an article page changes with its own publish, edit or unpublish (slug:),
 *     and its related stories with any other story's (RELATED_KEY: the path
 *     does not tell which tag they come from; Next's own cache, tagged
 *     precisely, answers the refetches);
 *   - tag, section and author lists with the keys of their kind
 *     (lib/entities/kinds.ts, edgeKeys): tag:, section: by slug, and
 *     `latest` for authors (the path names them by slug, their tag by id);
 *   - every page shows the section navigation (`sections`).
 * `:slug` is filled in by Next from the path. An article's share image sets
 * its own keys (app/(site)/articles/[slug]/opengraph-image.tsx): a header
 * here would replace them, and a photo's also names its media item.
 */
export const pageKeyRules: { source: string; keys: string[] }[] = [
  { source: "/", keys: [cacheTags.home, cacheTags.sections] },
  { source: "/articles/:slug", keys: [cacheTags.slug(":slug"), RELATED_KEY, cacheTags.sections] },
  // Each entity's list and its numbered pages: /tags/:slug, /tags/:slug/page/:n, then sections, then authors.
  ...ENTITY_KINDS.flatMap((kind) => {
    const { path, edgeKeys } = entityKinds[kind];
    const keys = [...edgeKeys(":slug"), cacheTags.sections];
    return [path(":slug"), `${path(":slug")}/page/:n`].map((source) => ({ source, keys }));
  }),
];
