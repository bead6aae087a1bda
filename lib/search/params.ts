// What readers and bots put in public URLs, made safe before it reaches a
// query or a cache key: page numbers of the tag, section, author and search
// lists, and the search text. Pure, so every odd input is unit-tested.

export const PER_PAGE = 20;
/** Deeper than anyone pages by hand; keeps OFFSET and the number of cache entries bounded. */
export const MAX_PAGE = 500;
export const MAX_QUERY_CHARS = 200;

const first = (raw: string | string[] | undefined) => (Array.isArray(raw) ? raw[0] : raw);

/**
 * The `<n>` of `/…/page/<n>`: a canonical whole number from 2 to MAX_PAGE,
 * else null and the route answers 404. Page 1 lives only at the list's own
 * URL, so `/page/1` and `/page/02` are not second addresses for a page.
 */
export function parsePageSegment(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 && n <= MAX_PAGE ? n : null;
}

/** `?page=` of search. Forgiving: anything that is not a page number is the first page; beyond MAX_PAGE is MAX_PAGE (empty). */
export function parseSearchPage(raw: string | string[] | undefined): number {
  const value = first(raw)?.trim() ?? "";
  if (!/^\d+$/.test(value)) return 1;
  const n = Number(value);
  return n < 1 ? 1 : Math.min(n, MAX_PAGE);
}

// Control characters (NUL is refused by PostgreSQL), lone surrogates (not
// valid UTF-8) and the private-use characters search highlights are marked with.
const UNSAFE = /[\p{Cc}\uE000\uE001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** The search text: one line, trimmed, at most MAX_QUERY_CHARS characters. Empty means "show the form". */
export function normalizeSearchQuery(raw: string | string[] | undefined): string {
  const text = (first(raw) ?? "").replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  return Array.from(text).slice(0, MAX_QUERY_CHARS).join("").trim();
}

export const pageCountOf = (total: number, perPage = PER_PAGE) => Math.max(1, Math.ceil(total / perPage));

/** The address of page `n` of the list at `base`: page 1 is the list itself. */
export const listPagePath = (base: string, n: number) => (n <= 1 ? base : `${base}/page/${n}`);

/** The address of page `n` of the results for `q`. */
export function searchPath(q: string, n = 1): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (n > 1) params.set("page", String(n));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
