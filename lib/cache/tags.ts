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
 * The tags of every view of these live stories, for a change to something
 * they show by reference (a tag's or section's name, slug or kind) while
 * their live copies stay as they are: each story's page (by id and by slug,
 * the edge's key for it), and every list and feed showing it, whose entries
 * name the story's section, tags and bylines. Home too: its story cards name
 * sections, its rail names a show, and the edge keys it by `home` alone.
 */
export function tagsForStoriesShowing(footprints: readonly LiveFootprint[]): string[] {
  const out = new Set<string>();
  for (const f of footprints) {
    for (const tag of tagsForLiveChange(f, f)) out.add(tag);
  }
  // Which stories are live, and where, is unchanged.
  out.delete(cacheTags.sitemap);
  return [...out].sort();
}
