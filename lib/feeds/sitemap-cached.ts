// Sitemaps served from the Next cache, rebuilt when a publishing event
// invalidates the `sitemap` tag.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { articlePath } from "@/lib/articles/dto";
import { cacheTags } from "@/lib/cache/tags";
import { entityKinds, entityKindOfSegment } from "@/lib/entities/kinds";
import { getEnv } from "@/lib/env";
import { makeDocument, type ServedDocument } from "./document";
import type { SitemapKind } from "./sitemap-kinds";
import { listRecentArticles, listSitemapChunks, listSitemapEntries, type SitemapChunk } from "./sitemap-queries";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from "./sitemap-xml";
import { absoluteUrl } from "./text";

const XML = "application/xml";
const SITEMAP_TAGS = [cacheTags.sitemap];
/** Google News wants the stories of the last two days. */
export const NEWS_HOURS = 48;

function pathOf(kind: SitemapKind): (slug: string) => string {
  const entity = entityKindOfSegment(kind);
  return entity ? entityKinds[entity].path : articlePath;
}

export const sitemapPath = (kind: SitemapKind, n: number) => `/sitemaps/${kind}-${n}.xml`;

async function getSitemapChunks(): Promise<SitemapChunk[]> {
  "use cache";
  cacheLife("content");
  cacheTag(...SITEMAP_TAGS);
  return listSitemapChunks();
}

/** Whether the index lists this sitemap (the first of each kind always exists): checked before any query, so made-up numbers cost nothing. */
export async function sitemapExists(kind: SitemapKind, n: number): Promise<boolean> {
  return n === 1 || (await getSitemapChunks()).some((c) => c.kind === kind && c.n === n);
}

export async function getSitemapIndex(): Promise<ServedDocument> {
  "use cache";
  cacheLife("content");
  cacheTag(...SITEMAP_TAGS);
  const site = getEnv().SITE_URL;
  const chunks = await getSitemapChunks();
  // An empty site still lists its (empty) sections sitemap, which holds the home page.
  const listed = chunks.length ? chunks : [{ kind: "sections" as const, n: 1, lastmod: null }];
  const body = buildSitemapIndex(listed.map((c) => ({ loc: absoluteUrl(site, sitemapPath(c.kind, c.n)), lastmod: c.lastmod })));
  return makeDocument(body, XML, new Date(), SITEMAP_TAGS);
}

/** The `n`th sitemap of a kind, or null past the last one. The first always exists, so an empty site still has one. */
export async function getSitemap(kind: SitemapKind, n: number): Promise<ServedDocument | null> {
  "use cache";
  cacheLife("content");
  cacheTag(...SITEMAP_TAGS);
  const site = getEnv().SITE_URL;
  const entries = await listSitemapEntries({ kind, n });
  if (entries.length === 0 && n > 1) return null;
  // The home page shows every section's latest stories, so it changed when the newest of them did.
  const newest = entries.reduce<Date | null>((max, e) => (max && max >= e.lastmod ? max : e.lastmod), null);
  const home = kind === "sections" && n === 1 ? [{ loc: absoluteUrl(site, "/"), lastmod: newest }] : [];
  const body = buildUrlset([...home, ...entries.map((e) => ({ loc: absoluteUrl(site, pathOf(kind)(e.key)), lastmod: e.lastmod }))]);
  return makeDocument(body, XML, new Date(), SITEMAP_TAGS);
}

export async function getNewsSitemap(): Promise<ServedDocument> {
  "use cache";
  // Invalidated by every publish; stories also age out of the window, so it is rebuilt every few minutes too.
  cacheLife({ stale: 60, revalidate: 300, expire: 3600 });
  cacheTag(...SITEMAP_TAGS);
  const site = getEnv().SITE_URL;
  const recent = await listRecentArticles({ hours: NEWS_HOURS });
  const body = buildNewsSitemap(
    recent.map((a) => ({ loc: absoluteUrl(site, articlePath(a.slug)), title: a.title, published: a.publishedAt })),
    { name: "Marquee", language: "en" },
  );
  return makeDocument(body, XML, new Date(), SITEMAP_TAGS);
}
