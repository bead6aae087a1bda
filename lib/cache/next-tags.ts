// Expiring cache tags in this process's Next caches without a request.
//
// `revalidateTag` needs a request's store and applies its tags only when that
// request ends, so a background task could reach Next's cache only through
// an HTTP call to its own server, which waits behind every reader when the
// server is busy. Next keeps the time each tag was invalidated in one
// process-wide map (`tagsManifest`, a module Next loads outside its bundles
// so every bundle shares it); its full-route cache and its default 'use cache'
// handler both treat an entry as gone when one of its tags expired after the
// entry was made. `revalidateTag(tag, { expire: 0 })` ends by writing exactly
// this (`stale` and `expired` set to now); writing it here has the same
// effect at once, from any code in the process (docs/architecture.md, "Cache").
// e2e/cache-freshness.spec.ts fails if a Next upgrade changes the map.
import "server-only";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

/** Marks `tags` expired now in this process's Next caches: the next read of anything under them renders afresh. */
export function expireNextTags(tags: readonly string[]): void {
  const now = Math.round(performance.timeOrigin + performance.now());
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), stale: now, expired: now });
}
