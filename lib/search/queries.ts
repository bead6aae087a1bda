// Full-text search over what readers see: live_articles.search (title A,
// dek B, body C), PostgreSQL's websearch syntax ("quoted phrases", -not, or),
// ranked by cover density with the newest first among equals. Uncached:
// lib/search/cached.ts wraps it for the search page.
import "server-only";
import { count, desc, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles } from "@/db/schema";
import type { ArticleSummary } from "@/lib/articles/dto";
import { hydrate } from "@/lib/articles/queries";
import { MAX_PAGE, normalizeSearchQuery, pageCountOf, PER_PAGE } from "./params";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, type Segment, SNIPPET_OPTIONS, TITLE_OPTIONS, toSegments } from "./snippet";

export type SearchHit = { article: ArticleSummary; title: Segment[]; snippet: Segment[] };
export type SearchResults = { q: string; page: number; total: number; pageCount: number; hits: SearchHit[] };

const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;

/** Page `page` of the live articles matching `q`. Any text is accepted: it is normalized here and only ever bound as a parameter. */
export async function searchLiveArticles({ q, page = 1 }: { q: string; page?: number }): Promise<SearchResults> {
  const text = normalizeSearchQuery(q);
  const current = Number.isSafeInteger(page) ? Math.min(Math.max(page, 1), MAX_PAGE) : 1;
  if (!text) return { q: text, page: current, total: 0, pageCount: 1, hits: [] };

  const query = sql`websearch_to_tsquery('english', ${text})`;
  const match = sql`${liveArticles.search} @@ ${query}`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(liveArticles)
      .where(match)
      .orderBy(desc(sql`ts_rank_cd(${liveArticles.search}, ${query})`), desc(liveArticles.publishedAt), desc(liveArticles.articleId))
      .limit(PER_PAGE)
      .offset((current - 1) * PER_PAGE),
    db.select({ total: count() }).from(liveArticles).where(match),
  ]);
  const result = { q: text, page: current, total, pageCount: pageCountOf(total) };
  if (!rows.length) return { ...result, hits: [] };

  // Headlines only for the page shown: ts_headline reparses each document.
  const [byId, headlines] = await Promise.all([
    hydrate(rows),
    db
      .select({
        id: liveArticles.articleId,
        title: sql<string>`ts_headline('english', translate(${liveArticles.title}, ${MARKERS}, ''), ${query}, ${TITLE_OPTIONS})`,
        snippet: sql<string>`ts_headline('english', translate(${liveArticles.dek} || E'\n' || ${liveArticles.bodyText}, ${MARKERS}, ''), ${query}, ${SNIPPET_OPTIONS})`,
      })
      .from(liveArticles)
      .where(inArray(liveArticles.articleId, rows.map((r) => r.articleId))),
  ]);
  const headlineById = new Map(headlines.map((h) => [h.id, h]));
  return {
    ...result,
    hits: rows.map((r) => {
      const headline = headlineById.get(r.articleId);
      return {
        article: byId.get(r.articleId)!,
        title: headline ? toSegments(headline.title) : [{ text: r.title, highlight: false }],
        snippet: headline ? toSegments(headline.snippet.trim()) : [],
      };
    }),
  };
}
