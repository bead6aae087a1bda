// What a shared cache in front of Marquee (Varnish, deploy/varnish) may keep,
// and under which keys. The keys are cache tags from ./tags, so the purge
// after a publishing event (./edge-purge) names exactly what it touched.
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
 * The keys of each public page, from its path alone (applied by next.config.ts
 * `headers()`, so a page costs no extra code per request). Each page lists
 * a tag that every change to what it shows invalidates:
 *   - an article page changes with its own publish, edit or unpublish (slug:),
 *     and its related stories with any other story's (latest: the path does
 *     not tell which tag they come from, and a story taken down must vanish
 *     from every list that showed it; Next's own cache, tagged precisely,
 *     answers the refetches);
 *   - tag and section lists with any article under them (tag:, section:);
 *   - author pages with their writer's articles, which always touch `latest`
 *     (the path names the author by slug, the tags by id);
 *   - every page shows the section navigation (`sections`).
 * `:slug` is filled in by Next from the path.
 */
export const pageKeyRules: { source: string; keys: string[] }[] = [
  { source: "/", keys: [cacheTags.home, cacheTags.sections] },
  { source: "/articles/:slug", keys: [cacheTags.slug(":slug"), cacheTags.latest, cacheTags.sections] },
  { source: "/articles/:slug/:image+", keys: [cacheTags.slug(":slug")] },
  { source: "/tags/:slug", keys: [cacheTags.tag(":slug"), cacheTags.sections] },
  { source: "/tags/:slug/page/:n", keys: [cacheTags.tag(":slug"), cacheTags.sections] },
  { source: "/sections/:slug", keys: [cacheTags.section(":slug"), cacheTags.sections] },
  { source: "/sections/:slug/page/:n", keys: [cacheTags.section(":slug"), cacheTags.sections] },
  { source: "/authors/:slug", keys: [cacheTags.latest, cacheTags.sections] },
  { source: "/authors/:slug/page/:n", keys: [cacheTags.latest, cacheTags.sections] },
];
