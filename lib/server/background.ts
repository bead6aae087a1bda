// What a server process runs besides answering requests: the invalidation
// listener, after refreshing the lists every page shares, and the sweep for
// media items whose variants were left unmade (lib/media/variant-queue.ts). Started once per
// process by instrumentation.ts. The scheduler is not here: it runs where
// readers cannot starve it (lib/publishing/scheduler-thread.ts).
import "server-only";
import { startInvalidationListener } from "@/lib/cache/invalidation-listener";
import { clearTagsHere } from "@/lib/cache/invalidate";
import { sharedListTags } from "@/lib/cache/tags";
import { startVariantSweep } from "@/lib/media/variant-queue";

const holder = globalThis as unknown as { marqueeBackground?: true };

export async function startBackgroundTasks(): Promise<void> {
  if (holder.marqueeBackground) return;
  holder.marqueeBackground = true;
  // Pages prerendered at build time hold the data of that moment; anything
  // published since (by another instance, or while this one was down) must show.
  clearTagsHere(sharedListTags);
  startInvalidationListener();
  startVariantSweep();
}
