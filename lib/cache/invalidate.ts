// The one function that invalidates cache tags. Called after a transaction
// commits, never inside it. It clears this process's caches at once (the page
// cache in front of Next, lib/cache/page-cache.ts, and Next's own, through
// ./next-tags; inside a request Next's revalidateTag as well), announces the
// tags to every other process (lib/cache/fanout.ts) and purges them from the
// edge caches (lib/cache/edge-purge.ts). Nothing here waits for a request to
// be served, so a busy server clears on time. Nothing is cleared twice: no
// tier stores a render that began before an invalidation of its tags
// (lib/cache/next-cache-handler.mjs, lib/cache/page-cache.ts).
import "server-only";
import { revalidateTag } from "next/cache";
import { purgeEdges } from "./edge-purge";
import { announceInvalidation } from "./fanout";
import { expireNextTags } from "./next-tags";
import { purgePageCache } from "./page-cache";

export async function invalidateTags(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  clearTagsHere(tags);
  revalidateInRequest(tags);
  await announceInvalidation(tags);
  purgeEdges(tags);
}

/**
 * The rest of invalidateTags for a change whose transaction announced its
 * tags itself (./fanout, announceOnCommit), called once it has committed.
 */
export function invalidateAnnounced(tags: readonly string[]): void {
  if (tags.length === 0) return;
  clearTagsHere(tags);
  revalidateInRequest(tags);
  purgeEdges(tags);
}

/**
 * Clears tags announced by another process, then purges them from the edge
 * again: an edge that refetched from this process before it heard the
 * announcement may hold what it rendered before the change. Once every
 * process has cleared and purged, any later edge fetch gets either a fresh
 * render or one marked "no-store" (lib/cache/page-cache-http.ts).
 */
export function applyAnnouncedTags(tags: readonly string[]): void {
  clearTagsHere(tags);
  purgeEdges(tags);
}

/**
 * Clears `tags` from this process's caches: the page cache in front of Next
 * first (so that it keeps nothing under them until Next's cache is cleared
 * too), then Next's, in the same turn of the event loop. In a process that
 * serves no pages (the scheduler's thread, `npm run scheduler`) both are empty
 * and this costs nothing.
 */
export function clearTagsHere(tags: readonly string[]): void {
  purgePageCache(tags);
  expireNextTags(tags);
}

/**
 * Inside a request Next's own revalidateTag runs too: it also refreshes what
 * the acting browser's router shows after a server action.
 */
function revalidateInRequest(tags: readonly string[]): void {
  try {
    // expire: 0 so the next request renders fresh instead of serving stale once.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Outside a request (scheduler, seed script, tests) there is no request store.
    if (!isOutsideRequest(error)) throw error;
  }
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store|workStore|outside a request|Invariant/i.test(error.message);
}
