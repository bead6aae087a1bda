// The page cache's HTTP side (scripts/server.ts): which requests it may
// answer, answering them, and keeping what Next sends. Which requests may be
// shared, and their keys, come from ./edge-rules.ts, the table the Varnish
// configuration is written from: a page is shared here exactly when the
// edge would share it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import {
  DRAFT_MODE_COOKIE,
  IGNORED_HEADERS,
  MAX_URL_LENGTH,
  PERSONAL_HEADERS,
  PERSONAL_QUERY_PARAM,
  PRIVATE_PATH,
  READS_NO_QUERY,
  TRACKING_PARAM,
} from "./edge-rules";
import type { PageCache, StoredResponse } from "./page-cache";

export const CACHE_STATUS_HEADER = "x-marquee-cache";

export type CacheOutcome = "hit" | "miss" | "pass";
// Also kept on the response object: a hit's headers go out through writeHead
// as a raw list, which getHeader() cannot read back (lib/server/request-log.ts).
const OUTCOME = Symbol.for("marquee.pageCacheOutcome");
type Marked = ServerResponse & { [OUTCOME]?: CacheOutcome };

/** What the page cache did with the request `res` answers, or undefined when no page cache saw it. */
export function cacheOutcomeOf(res: ServerResponse): CacheOutcome | undefined {
  return (res as Marked)[OUTCOME];
}

const PERSONAL = PERSONAL_HEADERS.map((name) => name.toLowerCase());
const IGNORED = IGNORED_HEADERS.map((name) => name.toLowerCase());
const PERSONAL_QUERY = new RegExp(`[?&]${PERSONAL_QUERY_PARAM}=`);
const DRAFT_MODE = new RegExp(`(^|;\\s*)${DRAFT_MODE_COOKIE}=`);
// Per connection or per answer, not part of what is stored (x-nextjs-cache
// would say MISS on every hit of a page stored from its first render).
/** When the render of a response Next kept began (lib/cache/next-cache-handler.mjs, which names it too: Next loads that file as plain JavaScript). */
export const RENDERED_AT_HEADER = "x-marquee-rendered-at";
const NOT_STORED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "x-nextjs-cache",
  CACHE_STATUS_HEADER,
  RENDERED_AT_HEADER,
]);
/** What a response that may show data from before a purge carries instead of its own Cache-Control. */
export const STALE_IN_FLIGHT_CONTROL = "private, no-store";
/**
 * And this header, so the shipped Varnish drops it without the two minutes of
 * "hit-for-miss" it gives other no-store answers, during which every request
 * for the page would reach the app uncoalesced (deploy/varnish/marquee.vcl).
 */
export const STALE_IN_FLIGHT_HEADER = "x-marquee-stale";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A request listener that answers shareable requests from `cache` and hands
 * everything else, and every miss, to `next` (Next's request handler), keeping
 * what it answers when Next marked it shareable.
 */
export function withPageCache(cache: PageCache, next: Handler): Handler {
  // Requests for a page whose miss is with Next, waiting for its answer.
  const waiting = new Map<string, { req: IncomingMessage; res: ServerResponse }[]>();

  const toNext = (req: IncomingMessage, res: ServerResponse, key: string, lead: boolean) => {
    (res as Marked)[OUTCOME] = "miss";
    normalizeForNext(req);
    if (req.method !== "GET") {
      res.setHeader(CACHE_STATUS_HEADER, "miss");
      return next(req, res);
    }
    if (lead) waiting.set(key, []);
    keepResponse(cache, key, res, cache.now(), lead ? (entry) => release(key, entry) : undefined);
    next(req, res);
  };

  // The leading miss has been answered: its followers get what it stored, or,
  // if it stored nothing (not shareable, rendered before a purge), go to Next
  // themselves, all at once.
  const release = (key: string, entry: StoredResponse | undefined) => {
    const followers = waiting.get(key) ?? [];
    waiting.delete(key);
    for (const { req, res } of followers) {
      if (res.destroyed || res.headersSent) continue;
      if (entry) {
        (res as Marked)[OUTCOME] = "hit";
        sendStored(req, res, entry, cache.now());
      } else {
        toNext(req, res, key, false);
      }
    }
  };

  return (req, res) => {
    const key = shareableKey(req);
    if (!key) {
      (res as Marked)[OUTCOME] = "pass";
      res.setHeader(CACHE_STATUS_HEADER, "pass");
      return next(req, res);
    }
    const stored = cache.get(key);
    if (stored) {
      (res as Marked)[OUTCOME] = "hit";
      return sendStored(req, res, stored, cache.now());
    }
    // One miss per page at a time goes to Next; the rest wait for its answer
    // (as at the edge), so a purge of a busy page costs one render, not one per reader.
    const followers = waiting.get(key);
    if (followers) {
      followers.push({ req, res });
      return;
    }
    toNext(req, res, key, true);
  };
}

/** The cache key of a request that may share a stored response, or null: the encoding it takes (gzip or not) and its normalised URL. */
export function shareableKey(req: IncomingMessage): string | null {
  const url = req.url ?? "/";
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (url.length > MAX_URL_LENGTH || PRIVATE_PATH.test(url) || PERSONAL_QUERY.test(url)) return null;
  if (PERSONAL.some((h) => req.headers[h] !== undefined)) return null;
  if (DRAFT_MODE.test(req.headers.cookie ?? "")) return null;
  return `${acceptsGzip(req.headers["accept-encoding"]) ? "gzip" : "identity"} ${cacheUrl(url)}`;
}

/**
 * The URL as the edge keys it: tracking parameters never change a response,
 * pages and feeds ignore their query string, and the rest is sorted, so that
 * made-up variants of one page share one stored copy.
 */
export function cacheUrl(url: string): string {
  const mark = url.indexOf("?");
  if (mark < 0) return url;
  const path = url.slice(0, mark);
  if (READS_NO_QUERY.test(path)) return path;
  const params = [...new URLSearchParams(url.slice(mark + 1))].filter(([name]) => !TRACKING_PARAM.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return params.length ? `${path}?${new URLSearchParams(params)}` : path;
}

/** A miss goes to Next as the edge sends it: Accept-Encoding "gzip" or nothing (the two stored variants), without headers the key ignores. */
function normalizeForNext(req: IncomingMessage): void {
  for (const h of IGNORED) if (req.headers[h] !== undefined) delete req.headers[h];
  if (acceptsGzip(req.headers["accept-encoding"])) req.headers["accept-encoding"] = "gzip";
  else delete req.headers["accept-encoding"];
}

export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return /(^|,)\s*gzip\s*(;|,|$)/i.test(value) && !/(^|,)\s*gzip\s*;\s*q=0(\.0*)?\s*(,|$)/i.test(value);
}

/** Sends `entry` (or 304 when the client holds its ETag). */
export function sendStored(req: IncomingMessage, res: ServerResponse, entry: StoredResponse, now = Date.now()): void {
  const age = String(Math.max(0, Math.floor((now - entry.storedAt) / 1000)));
  if (notModified(req, entry)) {
    const keep = new Set(["etag", "last-modified", "cache-control", "vary", "xkey"]);
    res.writeHead(304, [...flatten(entry.headers.filter(([name]) => keep.has(name))), "age", age, CACHE_STATUS_HEADER, "hit"]);
    res.end();
    return;
  }
  res.writeHead(entry.status, [...entry.flatHeaders, "content-length", String(entry.body.length), "age", age, CACHE_STATUS_HEADER, "hit"]);
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/** As HTTP caches decide it (RFC 9110 13.2.2): If-None-Match when sent, otherwise If-Modified-Since. */
function notModified(req: IncomingMessage, entry: StoredResponse): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    const bare = (tag: string) => tag.trim().replace(/^W\//, "");
    return !!entry.etag && ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(entry.etag!));
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  const lastModified = entry.headers.find(([name]) => name === "last-modified")?.[1];
  return !Number.isNaN(since) && typeof lastModified === "string" && Date.parse(lastModified) <= since;
}

function flatten(headers: StoredResponse["headers"]): string[] {
  return headers.flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, value]));
}

/** Seconds a shared cache may keep a response with these headers, or 0 when it may not. */
export function sharedTtlSeconds(headers: OutgoingHttpHeaders): number {
  if (headers["set-cookie"] !== undefined || !headers.xkey) return 0;
  const control = String(headers["cache-control"] ?? "").toLowerCase();
  if (/(^|,)\s*(private|no-store|no-cache)\b/.test(control)) return 0;
  const sMaxAge = /(^|,)\s*s-maxage\s*=\s*(\d+)/.exec(control);
  return sMaxAge ? Number(sMaxAge[2]) : 0;
}

/**
 * Lets Next answer `res` and stores the answer under `key` when it is a
 * complete 200 that Next marked shareable, and nothing under its keys was
 * purged since its render began (Next's x-marquee-rendered-at; `startedAt`,
 * when the request began, for a response Next did not keep). A response that
 * may show data from before a purge is sent with "private, no-store", so the
 * edge in front does not keep it either (docs/architecture.md, "No stale
 * render stored as fresh").
 */
export function keepResponse(
  cache: PageCache,
  key: string,
  res: ServerResponse,
  startedAt: number,
  onDone?: (stored: StoredResponse | undefined) => void,
): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let tooLarge = false;
  let renderedAt = startedAt;
  // Decided when Next sends its first bytes (its headers are set by then):
  // static files, images and dynamic pages are never copied.
  let shareable: boolean | undefined;
  const decide = () => {
    if (res.statusCode !== 200 || sharedTtlSeconds(res.getHeaders()) <= 0) return false;
    renderedAt = Number(res.getHeader(RENDERED_AT_HEADER)) || startedAt;
    if (!cache.purgedSince(keysOf(res.getHeader("xkey")), renderedAt)) return true;
    if (!res.headersSent) {
      res.setHeader("cache-control", STALE_IN_FLIGHT_CONTROL);
      res.setHeader(STALE_IN_FLIGHT_HEADER, "1");
    }
    return false;
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    shareable ??= decide();
    if (!shareable || tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    bytes += buffer.length;
    if (bytes > cache.maxEntryBytes) tooLarge = true;
    else chunks.push(buffer);
  };
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    // Headers given here join those already set, so the decision sees them all and may still change them.
    const headers = rest.find((arg): arg is OutgoingHttpHeaders => !!arg && typeof arg === "object" && !Array.isArray(arg));
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    this.statusCode = statusCode;
    shareable ??= decide();
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...(typeof rest[0] === "string" ? [rest[0]] : []));
  } as ServerResponse["writeHead"];
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  // Marks the response as a miss, and makes Node keep every header Next sets
  // in writeHead readable through getHeaders().
  res.setHeader(CACHE_STATUS_HEADER, "miss");
  const store = (): StoredResponse | undefined => {
    if (!shareable || tooLarge || res.statusCode !== 200) return undefined;
    const headers = res.getHeaders();
    // Next served an old copy while it renders a new one: keep neither.
    if (headers["x-nextjs-cache"] === "STALE") return undefined;
    const ttl = sharedTtlSeconds(headers);
    if (ttl <= 0) return undefined;
    const kept = Object.entries(headers).flatMap(([name, value]): [string, string | string[]][] =>
      // Next appends some headers (link) twice on a page's first render.
      value === undefined || NOT_STORED.has(name) ? [] : [[name, Array.isArray(value) ? [...new Set(value)] : String(value)]],
    );
    const entry: StoredResponse = {
      status: 200,
      headers: kept,
      flatHeaders: flatten(kept),
      body: Buffer.concat(chunks),
      etag: typeof headers.etag === "string" ? headers.etag : undefined,
      keys: keysOf(headers.xkey),
      storedAt: cache.now(),
    };
    return cache.set(key, entry, ttl, renderedAt) ? entry : undefined;
  };
  let done = false;
  const finish = (complete: boolean) => {
    if (done) return;
    done = true;
    const stored = complete ? store() : undefined;
    onDone?.(stored);
  };
  res.once("finish", () => finish(true));
  // The client went away before the answer was complete: nothing to keep.
  res.once("close", () => finish(res.writableFinished));
}

function keysOf(xkey: unknown): string[] {
  return xkey === undefined ? [] : String(xkey).split(/\s+/).filter(Boolean);
}
