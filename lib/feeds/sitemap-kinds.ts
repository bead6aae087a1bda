// The kinds of sitemap the index lists, and how many URLs one may hold.

/** The most URLs one sitemap may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;
export const SITEMAP_KINDS = ["articles", "tags", "sections", "authors"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];
