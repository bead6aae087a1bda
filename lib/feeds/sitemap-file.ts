// Reading a sitemap's file name from its URL. Pure.
import { SITEMAP_KINDS, type SitemapKind } from "./sitemap-kinds";

/** `articles-2.xml` -> { kind: "articles", n: 2 }; anything else (`articles-02.xml`, `users-1.xml`) -> null. */
export function parseSitemapFile(file: string): { kind: SitemapKind; n: number } | null {
  const m = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(file);
  if (!m || !(SITEMAP_KINDS as readonly string[]).includes(m[1])) return null;
  return { kind: m[1] as SitemapKind, n: Number(m[2]) };
}
