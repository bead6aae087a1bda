// Next's full-route cache (pages and route handlers it keeps), as Next keeps
// it in memory and in .next, with one rule added: an entry whose render began
// before one of its tags was invalidated is never stored
// (docs/architecture.md, "No stale render stored as fresh").
//
// Next dates an entry by when it is stored. A render that read the old data
// just before a publish commits, and finishes just after the publish expired
// its tags, would be stored as newer than the invalidation and served as
// fresh until the next change. Here every render is dated by when it began:
// the first read that found no fresh entry for its key (Next renders a key
// once for all requests waiting on it, right after that read). `set` drops
// an entry if any of its tags expired at or after that time; the next request
// renders afresh. The 'use cache' entries the render read need no such rule:
// Next dates them by when they began.
//
// Every entry also carries that time in the x-marquee-rendered-at header, so
// the page cache (lib/cache/page-cache.ts) applies the same rule to what it
// keeps, and marks a response the edge must not keep.
//
// Plain JavaScript: Next loads this file itself, at build and at start
// (next.config.ts, cacheHandler).
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { areTagsExpired, tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

export const RENDERED_AT_HEADER = "x-marquee-rendered-at";

// Node gives the CommonJS module object, a bundler its default export.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const now = () => Math.round(performance.timeOrigin + performance.now());

/** When each key's pending render began: the first read since its last store that found nothing fresh. */
const renderStarts = new Map();

export default class RenderDatedCache extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!isFresh(entry, ctx) && !renderStarts.has(key)) renderStarts.set(key, now());
    return entry;
  }

  async set(key, data, ctx) {
    const startedAt = renderStarts.get(key) ?? now();
    renderStarts.delete(key);
    if (data?.headers) data.headers[RENDERED_AT_HEADER] = String(startedAt);
    if (expiredSince(tagsOf(data, ctx), startedAt)) return;
    return super.set(key, data, ctx);
  }
}

/** Whether Next will serve `entry` without rendering: present, none of its tags expired since it was stored, within its revalidate time. */
function isFresh(entry, ctx) {
  if (!entry?.value) return false;
  if (areTagsExpired(tagsOf(entry.value, ctx), entry.lastModified)) return false;
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate !== "number" || entry.lastModified + revalidate * 1000 > now();
}

/** An entry's tags: the ones Next collected while rendering (x-next-cache-tags), or a fetch's own. */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const collected = typeof header === "string" ? header.split(",") : [];
  return [...collected, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

function expiredSince(tags, startedAt) {
  return tags.some((tag) => {
    const expired = tagsManifest.get(tag)?.expired;
    return typeof expired === "number" && expired >= startedAt;
  });
}
