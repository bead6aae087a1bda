// Search latency: the public /search page when it exists; else lib/search
// called directly; else only an informational figure for the raw full-text
// query on live_articles.search, which is what any search will build on.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Sql } from "postgres";
import { timedGet } from "./http";
import { summarize, type Summary } from "./stats";

export type SearchResult =
  { via: "page" | "lib/search"; summary: Summary; statuses: Record<string, number>; note: string } | { via: "not available"; note: string };

export type RawSearchInfo = { ranked: Summary; newest: Summary; medianMatches: number };

export async function measureSearch(base: string, words: string[]): Promise<SearchResult> {
  const probe = await timedGet(`${base}/search?q=${encodeURIComponent(words[0])}`);
  if (probe.status !== 404) {
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    for (const word of words) {
      const r = await timedGet(`${base}/search?q=${encodeURIComponent(word)}`);
      times.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
    return {
      via: "page",
      summary: summarize(times),
      statuses,
      note: `GET /search?q=<word>, ${words.length} distinct queries, each requested once (cold for the search cache), sequential`,
    };
  }
  const candidates = ["lib/search/queries.ts", "lib/search/index.ts", "lib/search/search.ts"].filter((f) => existsSync(f));
  if (!candidates.length) return { via: "not available", note: "/search answers 404 and there is no lib/search yet" };
  try {
    const mod = (await import(path.resolve(candidates[0]))) as Record<string, unknown>;
    const fn = Object.entries(mod).find(([name, value]) => /^search/i.test(name) && typeof value === "function")?.[1] as
      ((input: Record<string, unknown>) => Promise<unknown>) | undefined;
    if (!fn) return { via: "not available", note: `/search answers 404; ${candidates[0]} exports no search function` };
    const times: number[] = [];
    for (const word of words) {
      const started = performance.now();
      await fn({ q: word, query: word, limit: 20 });
      times.push(performance.now() - started);
    }
    return { via: "lib/search", summary: summarize(times), statuses: {}, note: `${candidates[0]} called directly (the page is not there yet)` };
  } catch (error) {
    return { via: "not available", note: `/search answers 404; calling lib/search failed: ${String(error).split("\n")[0]}` };
  }
}

/** The bare full-text query on the generated tsvector and its GIN index: ranked by relevance, and newest first. */
export async function measureRawSearch(sql: Sql, words: string[]): Promise<RawSearchInfo> {
  const ranked: number[] = [];
  const newest: number[] = [];
  const matches: number[] = [];
  for (const word of words) {
    let started = performance.now();
    await sql`
      select article_id, slug, title, ts_rank(search, q) as rank
      from live_articles, websearch_to_tsquery('english', ${word}) q
      where search @@ q order by rank desc limit 20`;
    ranked.push(performance.now() - started);
    started = performance.now();
    await sql`
      select article_id, slug, title from live_articles
      where search @@ websearch_to_tsquery('english', ${word}) order by published_at desc limit 20`;
    newest.push(performance.now() - started);
  }
  for (const word of words.slice(0, 20)) {
    const [row] = await sql`select count(*)::int as n from live_articles where search @@ websearch_to_tsquery('english', ${word})`;
    matches.push(row.n as number);
  }
  return { ranked: summarize(ranked), newest: summarize(newest), medianMatches: summarize(matches).p50 };
}
