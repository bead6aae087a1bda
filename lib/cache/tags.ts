// Every cache tag name is spelled here and nowhere else.
export const cacheTags = {
  home: "home",
  /** Any list of the latest articles site-wide (home, unfiltered API lists, search). */
  latest: "latest",
  feeds: "feeds",
  sitemap: "sitemap",
  sections: "sections",
  article: (id: string) => `article:${id}`,
  /** Lookups by slug, including ones that found nothing yet. */
  slug: (slug: string) => `slug:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (id: string) => `author:${id}`,
  /** A media item's files; purged when its file is replaced or deleted. */
  media: (id: string) => `media:${id}`,
  /**
   * Marks a change that took a story off the live site. Nothing is cached
   * under it; the edge purges pages that list related stories at once for it,
   * where other changes only refresh them (lib/cache/edge-headers.ts).
   */
  takedown: "takedown",
} as const;

/** The site-wide lists: what to refresh when this process may have missed announcements (at start, after a lost LISTEN). */
export const sharedListTags: readonly string[] = [cacheTags.home, cacheTags.latest, cacheTags.feeds, cacheTags.sitemap, cacheTags.sections];

/** What readers can see of one article, enough to know which cached views show it. */
export type LiveFootprint = {
  id: string;
  slug: string;
  sectionSlug: string | null;
  tagSlugs: string[];
  authorIds: string[];
};

/** The tags touched when an article's live state goes from `before` to `after` (either may be absent). */
export function tagsForLiveChange(before: LiveFootprint | null, after: LiveFootprint | null): string[] {
  const out = new Set<string>();
  for (const f of [before, after]) {
    if (!f) continue;
    out.add(cacheTags.article(f.id));
    out.add(cacheTags.slug(f.slug));
    if (f.sectionSlug) out.add(cacheTags.section(f.sectionSlug));
    for (const t of f.tagSlugs) out.add(cacheTags.tag(t));
    for (const a of f.authorIds) out.add(cacheTags.author(a));
  }
  if (before || after) {
    out.add(cacheTags.home);
    out.add(cacheTags.latest);
    out.add(cacheTags.feeds);
    out.add(cacheTags.sitemap);
  }
  if (before && !after) out.add(cacheTags.takedown);
  return [...out].sort();
}

/**
 * The tags of every list and feed that shows these live stories, for a change
 * to something they show by reference (a tag's or section's name or slug)
 * while their live copies stay as they are: each entry in a list names the
 * story's section, tags and bylines. The stories' own pages carry the tag or
 * section's cache tag already; the home page shows tag names only in its rail,
 * which carries its tag's cache tag too.
 */
export function tagsForListsShowing(footprints: readonly LiveFootprint[]): string[] {
  const out = new Set<string>();
  for (const f of footprints) {
    if (f.sectionSlug) out.add(cacheTags.section(f.sectionSlug));
    for (const t of f.tagSlugs) out.add(cacheTags.tag(t));
    for (const a of f.authorIds) out.add(cacheTags.author(a));
  }
  if (footprints.length) {
    out.add(cacheTags.latest);
    out.add(cacheTags.feeds);
  }
  return [...out].sort();
}
