// What a server process runs besides answering requests: the invalidation
// listener, and the scheduler unless MARQUEE_SCHEDULER=off (for deployments
// that run `npm run scheduler` on its own). Started once per process by instrumentation.ts.
import "server-only";
import { startInvalidationListener } from "@/lib/cache/invalidation-listener";
import { setServerPort } from "@/lib/cache/internal-revalidate";
import { getEnv } from "@/lib/env";
import { startSchedulerLoop } from "@/lib/publishing/scheduler-loop";

const holder = globalThis as unknown as { marqueeBackground?: true };

export function startBackgroundTasks(port: string | undefined): void {
  if (holder.marqueeBackground) return;
  holder.marqueeBackground = true;
  setServerPort(port);
  startInvalidationListener();
  if (getEnv().MARQUEE_SCHEDULER === "on") startSchedulerLoop();
}
