// The one function that invalidates cache tags. Called after a transaction
// commits, never inside it. Clears this process's Next cache when called in a
// request, and announces the tags to every instance (lib/cache/fanout.ts);
// outside a request (the scheduler) the announcement is how this process hears too.
import "server-only";
import { revalidateTag } from "next/cache";
import { announceInvalidation } from "./fanout";

export async function invalidateTags(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  let appliedHere = false;
  try {
    // expire: 0 so the next request renders fresh instead of serving stale once.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    appliedHere = true;
  } catch (error) {
    // Outside a request (scheduler, seed script, tests) there is no Next cache to clear here.
    if (!isOutsideRequest(error)) throw error;
  }
  await announceInvalidation(tags, appliedHere);
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store|workStore|outside a request|Invariant/i.test(error.message);
}
