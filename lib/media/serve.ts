// Answers a stored media file to readers (app/media/[...key]/route.ts). Only
// the current files of an item are served: a key of a replaced or deleted
// file, or one no item names, is a 404. A key's bytes never change (keys hold
// the content hash), so the answer may be kept for a year by browsers, the
// page cache and the edge, under the item's key `media:<id>`, which a
// replace or delete purges (docs/architecture.md, "Cache tiers").
import "server-only";
import { Readable } from "node:stream";
import { xkeyOf } from "@/lib/cache/edge-headers";
import { cacheTags } from "@/lib/cache/tags";
import { findMediaFile } from "./queries";
import { checkKey, getMediaStorage, InvalidMediaKey, type MediaStorage } from "./storage";

/** `s-maxage` as well, since the page cache keeps only what names a shared lifetime. */
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, s-maxage=31536000, immutable";
const NOT_FOUND_CONTROL = "public, max-age=0, s-maxage=60";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NOT_FOUND_CONTROL } });
}

export async function serveMediaFile(segments: readonly string[], request: Request, storage?: MediaStorage): Promise<Response> {
  const key = segments.join("/");
  try {
    checkKey(key);
  } catch (error) {
    if (error instanceof InvalidMediaKey) return notFound();
    throw error;
  }
  const file = await findMediaFile({ key });
  if (!file) return notFound();
  const etag = `"${key.split("/")[1].slice(0, 16)}-${key.split("/").at(-1)}"`;
  const headers = {
    "Content-Type": file.contentType,
    "Cache-Control": MEDIA_CACHE_CONTROL,
    xkey: xkeyOf([cacheTags.media(file.id)]),
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const object = await (storage ?? (await getMediaStorage())).get(key);
  // Named by a row but gone from storage: answered as missing, kept only a minute.
  if (!object) return notFound();
  const body = request.method === "HEAD" ? null : (Readable.toWeb(object.body) as ReadableStream<Uint8Array>);
  if (!body) object.body.destroy();
  return new Response(body, { status: 200, headers: { ...headers, "Content-Length": String(object.length) } });
}
