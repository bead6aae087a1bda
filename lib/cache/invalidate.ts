// The one function that invalidates cache tags. Called after a transaction
// commits, never inside it.
import "server-only";
import { revalidateTag } from "next/cache";
import { purgeEdges } from "./edge-purge";

export async function invalidateTags(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  try {
    // expire: 0 so the next request renders fresh instead of serving stale once.
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Outside a request (seed script, tests) there is no Next cache to clear.
    if (!isOutsideRequest(error)) throw error;
  }
  purgeEdges(tags);
}

function isOutsideRequest(error: unknown): boolean {
  return error instanceof Error && /static generation store|workStore|outside a request|Invariant/i.test(error.message);
}
