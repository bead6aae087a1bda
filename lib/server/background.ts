// What a server process runs besides answering requests: the invalidation
// listener, and the scheduler unless MARQUEE_SCHEDULER=off (for deployments
// that run `npm run scheduler` on its own). Started once per process by instrumentation.ts.
import "server-only";
import { startInvalidationListener } from "@/lib/cache/invalidation-listener";
import { revalidateInThisServer, setServerPort } from "@/lib/cache/internal-revalidate";
import { sharedListTags } from "@/lib/cache/tags";
import { getEnv } from "@/lib/env";
import { db } from "@/db/client";
import { runDueTransitions } from "@/lib/publishing/scheduler";
import { startSchedulerLoop } from "@/lib/publishing/scheduler-loop";
import { logger } from "./log";

const holder = globalThis as unknown as { marqueeBackground?: true };

/** At most this long, overdue stories are published before the server takes its first request. */
const FIRST_PASS_BUDGET_MS = 5_000;

export async function startBackgroundTasks(port: string | undefined): Promise<void> {
  if (holder.marqueeBackground) return;
  holder.marqueeBackground = true;
  setServerPort(port);
  // Next waits for register() before serving: stories that fell due while
  // the server was down go live before any reader can see the old pages.
  if (getEnv().MARQUEE_SCHEDULER === "on") await publishOverdueBeforeServing();
  // Pages prerendered at build time hold the data of that moment; anything
  // published since (by another instance, or while this one was down) must show.
  void revalidateInThisServer(sharedListTags).catch((error: Error) =>
    logger("cache").error("could not refresh the shared lists at start", { error: error.message }),
  );
  startInvalidationListener();
  if (getEnv().MARQUEE_SCHEDULER === "on") startSchedulerLoop();
}

async function publishOverdueBeforeServing(): Promise<void> {
  const log = logger("scheduler");
  const budget = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), FIRST_PASS_BUDGET_MS).unref());
  const pass = runDueTransitions(new Date(), db, { clearHere: false }).then(
    (report) => {
      for (const run of report.done) log.info("published at start", { article: run.articleId, late_ms: run.lateMs });
      return "done" as const;
    },
    // The database may be down at start; the loop retries.
    (error: Error) => log.error("first pass at start failed", { error: error.message }),
  );
  if ((await Promise.race([pass, budget])) === "late") log.warn("first pass at start is slow; serving meanwhile");
}
