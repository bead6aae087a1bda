// The kinds of sitemap the index lists, and how many URLs one may hold:
// articles, then each entity kind under its URL segment (lib/entities/kinds.ts).
import { ENTITY_KINDS, type EntitySegment, entityKinds } from "@/lib/entities/kinds";

/** The most URLs one sitemap may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;
export type SitemapKind = "articles" | EntitySegment;
export const SITEMAP_KINDS: readonly SitemapKind[] = ["articles", ...ENTITY_KINDS.map((kind) => entityKinds[kind].segment)];
