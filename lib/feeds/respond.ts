// The one place feed and sitemap responses are made: validators, conditional
// GET (304), caching headers. HEAD gets the same headers without a body.
import { SHARED_CACHE_CONTROL, xkeyOf } from "@/lib/cache/edge-headers";
import type { ServedDocument } from "./document";

/**
 * Readers and browsers revalidate every time (a 304 costs a few bytes), so an
 * unpublished story is never kept by them. An edge cache keeps a document
 * under its cache tags (xkey) and is purged by them, like the pages.
 */
export const FEED_CACHE_CONTROL = `${SHARED_CACHE_CONTROL}, must-revalidate`;
/** Answers that must not be kept anywhere (unknown feeds). */
const NO_SHARED_CACHE = "public, max-age=0, must-revalidate";

const httpDate = (ms: number) => new Date(ms).toUTCString();

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 13.1.2): a compressing proxy may have marked ours W/.
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function notModifiedSince(header: string, builtAt: number): boolean {
  const since = Date.parse(header);
  // HTTP dates have whole seconds.
  return Number.isFinite(since) && Math.floor(builtAt / 1000) * 1000 <= since;
}

export function respondWithDocument(request: Request, doc: ServedDocument): Response {
  const headers = new Headers({
    "Content-Type": doc.contentType,
    ETag: doc.etag,
    "Last-Modified": httpDate(doc.builtAt),
    "Cache-Control": FEED_CACHE_CONTROL,
    xkey: xkeyOf(doc.cacheTags),
  });
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  // If-None-Match wins when both are sent (RFC 9110 13.1.3).
  const unchanged = ifNoneMatch !== null ? matchesEtag(ifNoneMatch, doc.etag) : ifModifiedSince !== null && notModifiedSince(ifModifiedSince, doc.builtAt);
  if (unchanged) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : doc.body, { status: 200, headers });
}

export function respondNotFound(what: string): Response {
  return new Response(`No such ${what}.\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_SHARED_CACHE },
  });
}
