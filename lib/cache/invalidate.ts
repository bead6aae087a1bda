// The one function that invalidates cache tags. Called after a transaction
// commits, never inside it. It clears this process's Next cache (directly in
// a request; through the loopback route from a background task such as the
// scheduler) and the page cache in front of it (lib/cache/page-cache.ts),
// announces the tags to every other instance (lib/cache/fanout.ts) and purges
// them from the edge caches (lib/cache/edge-purge.ts).
import "server-only";
import { revalidateTag } from "next/cache";
import { logger } from "@/lib/server/log";
import { purgeEdges } from "./edge-purge";
import { announceInvalidation } from "./fanout";
import { revalidateInThisServer } from "./internal-revalidate";
import { purgePageCache } from "./page-cache";

/**
 * A page render that read the old data just before the commit can finish just
 * after the invalidation and store its stale result as fresh (Next times a
 * full-page entry by when it was stored). Clearing the same tags again a
 * little later removes such an entry; the second pass costs a re-render.
 * The instance that committed purges the edge after each pass too: an edge
 * may have fetched that stale page, or fetched from an instance that had not
 * heard the announcement yet.
 */
export const REPEAT_AFTER_MS = [400, 1500];

/**
 * `clearHere: false` is for the scheduler's pass before this server takes its
 * first request: nothing is cached in memory yet, and the loopback route
 * would wait for a server that is waiting for us.
 */
export async function invalidateTags(tags: readonly string[], { clearHere = true } = {}): Promise<void> {
  if (tags.length === 0) return;
  const appliedHere = revalidateInRequest(tags) || (clearHere && (await revalidateInThisServer(tags).catch(logFailure(tags))));
  await announceInvalidation(tags, appliedHere);
  purgeEdges(tags);
  repeatLater(tags, { purge: true, clearHere: appliedHere });
}

/** Clears tags announced by another instance, with the same repeat. */
export async function applyAnnouncedTags(tags: readonly string[]): Promise<void> {
  if (await revalidateInThisServer(tags).catch(logFailure(tags))) repeatLater(tags, { purge: false, clearHere: true });
}

/**
 * Clears `tags` from this process's caches: the page cache in front of Next
 * first (so that it keeps nothing under them until Next's cache is cleared
 * too), then Next's. Needs a request context (throws outside one); the
 * loopback route calls it for background tasks.
 */
export function clearTagsInRequest(tags: readonly string[]): void {
  purgePageCache(tags);
  // expire: 0 so the next request renders fresh instead of serving stale once.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

function revalidateInRequest(tags: readonly string[]): boolean {
  try {
    clearTagsInRequest(tags);
    return true;
  } catch (error) {
    // Outside a request (scheduler, seed script, tests) there is no request store.
    if (isOutsideRequest(error)) return false;
    throw error;
  }
}

function repeatLater(tags: readonly string[], { purge, clearHere }: { purge: boolean; clearHere: boolean }) {
  if (!purge && !clearHere) return;
  for (const delay of REPEAT_AFTER_MS) {
    setTimeout(async () => {
      if (clearHere) await revalidateInThisServer(tags).catch(logFailure(tags));
      if (purge) purgeEdges(tags, { afterResponse: false });
    }, delay).unref();
  }
}

const logFailure = (tags: readonly string[]) => (error: Error) => {
  logger("cache").error(`could not clear ${tags.length} tag(s) in this process`, { error: error.message });
  return false;
};

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store|workStore|outside a request|Invariant/i.test(error.message);
}
