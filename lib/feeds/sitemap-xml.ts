// Sitemaps (sitemaps.org 0.9), the sitemap index and the Google News sitemap
// as XML, written by fast-xml-parser's builder, which escapes text and
// attributes. Pure.
import { XMLBuilder } from "fast-xml-parser";
import { stripControl } from "./text";

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", format: true, suppressEmptyNode: true });
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

export type SitemapEntry = { loc: string; lastmod: Date | null };
export type NewsEntry = { loc: string; title: string; published: Date };

const withLastmod = (e: SitemapEntry) => ({ loc: e.loc, ...(e.lastmod ? { lastmod: e.lastmod.toISOString() } : {}) });

export function buildUrlset(entries: SitemapEntry[]): string {
  return declaration + builder.build({ urlset: { "@xmlns": SITEMAP_NS, url: entries.map(withLastmod) } });
}

export function buildSitemapIndex(entries: SitemapEntry[]): string {
  return declaration + builder.build({ sitemapindex: { "@xmlns": SITEMAP_NS, sitemap: entries.map(withLastmod) } });
}

export function buildNewsSitemap(entries: NewsEntry[], publication: { name: string; language: string }): string {
  return (
    declaration +
    builder.build({
      urlset: {
        "@xmlns": SITEMAP_NS,
        "@xmlns:news": NEWS_NS,
        url: entries.map((e) => ({
          loc: e.loc,
          "news:news": {
            "news:publication": { "news:name": publication.name, "news:language": publication.language },
            "news:publication_date": e.published.toISOString(),
            "news:title": stripControl(e.title),
          },
        })),
      },
    })
  );
}
