// Full-text search over what readers see: live_articles.search (title A,
// dek B, body C), PostgreSQL's websearch syntax ("quoted phrases", -not, or).
// The newest SEARCH_CANDIDATES matches are ranked by cover density (newest
// first among equals): a news search wants this year's story, and ranking
// every match of a common word would read tens of thousands of documents.
// Uncached: lib/search/cached.ts wraps it for the search page.
import "server-only";
import { inArray, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles } from "@/db/schema";
import type { ArticleSummary } from "@/lib/articles/dto";
import { hydrate, liveSummaryColumns } from "@/lib/articles/queries";
import { MAX_PAGE, normalizeSearchQuery, pageCountOf, PER_PAGE } from "./params";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, type Segment, SNIPPET_OPTIONS, TITLE_OPTIONS, toSegments } from "./snippet";

export type SearchHit = { article: ArticleSummary; title: Segment[]; snippet: Segment[] };
/** `total` counts up to SEARCH_CANDIDATES; `more` says there are more matches than that. */
export type SearchResults = { q: string; page: number; total: number; more: boolean; pageCount: number; hits: SearchHit[] };

// Walking newest first reads each story's search vector (about 4.5 kB,
// stored compressed) until this many have matched: for a name in 4% of
// 100,000 stories, 200 candidates read 5,000 vectors, 500 read 12,500.
export const SEARCH_CANDIDATES = 200;
/** How much of a story's opening (dek and body) the snippet looks at first. */
const SNIPPET_OPENING_CHARS = 1600;
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;

/** Page `page` of the live articles matching `q`. Any text is accepted: it is normalized here and only ever bound as a parameter. */
export async function searchLiveArticles({
  q,
  page = 1,
  candidates: pool = SEARCH_CANDIDATES,
}: {
  q: string;
  page?: number;
  candidates?: number;
}): Promise<SearchResults> {
  const text = normalizeSearchQuery(q);
  const current = Number.isSafeInteger(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1;
  if (!text) return { q: text, page: current, total: 0, more: false, pageCount: 1, hits: [] };

  const query = sql`websearch_to_tsquery('english', ${text})`;
  const match = sql`${liveArticles.search} @@ ${query}`;
  // The newest pool + 1 matches, through the published_at index (a GIN scan
  // for rare words); one more than the pool tells "more" without counting all.
  const offset = (current - 1) * PER_PAGE;
  const slice = await db.execute<{ id: string | null; found: number }>(sql`
    with found as (
      select ${liveArticles.articleId} as id, ${liveArticles.search} as search, ${liveArticles.publishedAt} as published_at
      from ${liveArticles} where ${match}
      order by ${liveArticles.publishedAt} desc limit ${pool + 1}
    ), pool as (select * from found order by published_at desc limit ${pool})
    select ranked.id, (select count(*)::int from found) as found
    from (select 1) one
    left join lateral (
      select id from pool order by ts_rank_cd(search, ${query}) desc, published_at desc, id desc limit ${PER_PAGE} offset ${offset}
    ) ranked on true`);
  const found = slice[0]?.found ?? 0;
  const ranked = slice.flatMap((r) => (r.id ? [{ id: r.id }] : []));
  const more = found > pool;
  const total = Math.min(found, pool);
  const result = { q: text, page: current, total, more, pageCount: pageCountOf(total) };
  if (!ranked.length) return { ...result, hits: [] };
  const ids = ranked.map((r) => r.id);
  // The page's rows with their highlights, in one query (never the stored HTML).
  const rows = await db
    .select({
      ...liveSummaryColumns,
      titleMarked: sql<string>`ts_headline('english', translate(${liveArticles.title}, ${MARKERS}, ''), ${query}, ${TITLE_OPTIONS})`,
      snippetMarked: snippetOf(sql`${liveArticles.dek} || E'\n' || ${liveArticles.bodyText}`, query),
    })
    .from(liveArticles)
    .where(inArray(liveArticles.articleId, ids));
  rows.sort((a, b) => ids.indexOf(a.articleId) - ids.indexOf(b.articleId));
  const byId = await hydrate(rows);
  return {
    ...result,
    hits: rows.map((r) => ({
      article: byId.get(r.articleId)!,
      title: toSegments(r.titleMarked),
      snippet: toSegments(r.snippetMarked.trim()),
    })),
  };
}

/**
 * The excerpt around the matches. ts_headline parses the whole text it is
 * given, about 1 ms per 900-word story here; most matches are in the title,
 * the dek or the opening paragraphs, so the opening is tried first and the
 * whole story only when nothing matched there.
 */
function snippetOf(text: SQL, query: SQL): SQL<string> {
  const clean = sql`translate(${text}, ${MARKERS}, '')`;
  const opening = sql`ts_headline('english', left(${clean}, ${SNIPPET_OPENING_CHARS}), ${query}, ${SNIPPET_OPTIONS})`;
  return sql<string>`(select case when strpos(h, ${HIGHLIGHT_START}) > 0 then h else ts_headline('english', ${clean}, ${query}, ${SNIPPET_OPTIONS}) end from (select ${opening} as h) opening)`;
}
