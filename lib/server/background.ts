// What a server process runs besides answering requests: the invalidation
// listener, and the scheduler unless MARQUEE_SCHEDULER=off (for deployments
// that run `npm run scheduler` on its own). Started once per process by instrumentation.ts.
import "server-only";
import { startInvalidationListener } from "@/lib/cache/invalidation-listener";
import { revalidateInThisServer, setServerPort } from "@/lib/cache/internal-revalidate";
import { cacheTags } from "@/lib/cache/tags";
import { getEnv } from "@/lib/env";
import { startSchedulerLoop } from "@/lib/publishing/scheduler-loop";

const holder = globalThis as unknown as { marqueeBackground?: true };

export function startBackgroundTasks(port: string | undefined): void {
  if (holder.marqueeBackground) return;
  holder.marqueeBackground = true;
  setServerPort(port);
  // Pages prerendered at build time hold the data of that moment; anything
  // published since (by another instance, or while this one was down) must show.
  void revalidateInThisServer([cacheTags.home, cacheTags.latest, cacheTags.feeds, cacheTags.sitemap, cacheTags.sections]).catch((error: Error) =>
    console.error(`[cache] could not refresh the shared lists at start: ${error.message}`),
  );
  startInvalidationListener();
  if (getEnv().MARQUEE_SCHEDULER === "on") startSchedulerLoop();
}
