// What crawlers are told exists: live articles and every (listed) tag,
// section and author with a live story, each with its last change, in a stable order
// numbered so that a sitemap holds at most SITEMAP_LIMIT of them.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { entityKindOfSegment } from "@/lib/entities/kinds";
import { entitySitemapEntries } from "@/lib/entities/queries";
import { SITEMAP_KINDS, SITEMAP_LIMIT, type SitemapKind } from "./sitemap-kinds";

const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::float8`;

// Each yields (key, lastmod, rn): the slug in the URL, the newest change, the 1-based position.
const articleEntries = sql`select slug as key, updated_at as lastmod, row_number() over (order by published_at, article_id) as rn from live_articles`;
const entriesOf = (kind: SitemapKind): SQL => {
  const entity = entityKindOfSegment(kind);
  return entity ? entitySitemapEntries(entity) : articleEntries;
};

export type SitemapChunk = { kind: SitemapKind; n: number; lastmod: Date | null };

/** Every sitemap there is to list in the index, with the newest change in each. */
export async function listSitemapChunks(): Promise<SitemapChunk[]> {
  const out: SitemapChunk[] = [];
  for (const kind of SITEMAP_KINDS) {
    const rows = await db.execute<{ n: number; lastmod: number | null }>(sql`
      select ((rn - 1) / ${SITEMAP_LIMIT})::int + 1 as n, ${epochMs(sql`max(lastmod)`)} as lastmod
      from (${entriesOf(kind)}) e group by 1 order by 1`);
    for (const r of rows) out.push({ kind, n: r.n, lastmod: r.lastmod ? new Date(r.lastmod) : null });
  }
  return out;
}

/** The `n`th sitemap of a kind: slugs and their last change; empty past the last one. */
export async function listSitemapEntries({ kind, n }: { kind: SitemapKind; n: number }): Promise<{ key: string; lastmod: Date }[]> {
  const from = (n - 1) * SITEMAP_LIMIT;
  const rows = await db.execute<{ key: string; lastmod: number }>(sql`
    select key, ${epochMs(sql`lastmod`)} as lastmod from (${entriesOf(kind)}) e
    where rn > ${from} and rn <= ${from + SITEMAP_LIMIT} order by rn`);
  return rows.map((r) => ({ key: r.key, lastmod: new Date(r.lastmod) }));
}

/** Live articles first published in the last `hours` hours, newest first (Google News reads at most 1,000). */
export async function listRecentArticles({ hours }: { hours: number }): Promise<{ slug: string; title: string; publishedAt: Date }[]> {
  const rows = await db.execute<{ slug: string; title: string; published: number }>(sql`
    select slug, title, ${epochMs(sql`published_at`)} as published from live_articles
    where published_at > now() - make_interval(hours => ${hours}) order by published_at desc limit 1000`);
  return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: new Date(r.published) }));
}
