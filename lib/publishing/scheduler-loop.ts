// The scheduler as a running loop: it sleeps until the next due time (or a
// minute, whichever is sooner), wakes at once when a schedule changes
// (LISTEN), retries every half second while the database is away, and warns
// about anything more than a minute overdue. Started by instrumentation.ts in
// every server process and by `npm run scheduler` on its own.
import "server-only";
import { listenForever } from "@/lib/server/listen";
import { nextDueTime, overdueItems, runDueTransitions } from "./scheduler";
import { SCHEDULE_CHANNEL } from "./schedule-signal";

const MAX_SLEEP_MS = 60_000;
const RETRY_MS = 500;
/** After an article failed, the next pass waits this long (it is still due, so it would be retried at once, forever). */
const FAILED_RETRY_MS = 5_000;
const WARN_EVERY_MS = 60_000;

export type SchedulerLoop = { wake: () => void; stop: () => Promise<void> };
type Log = Pick<Console, "info" | "warn" | "error">;

export function startSchedulerLoop(log: Log = console): SchedulerLoop {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let lastWarning = 0;
  let lastError = "";

  const sleep = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(wake, Math.max(0, Math.min(ms, MAX_SLEEP_MS)));
  };

  async function pass() {
    const report = await runDueTransitions(new Date());
    for (const run of report.done) {
      log.info(`[scheduler] ${run.kind === "publish_at" ? "published" : "unpublished"} ${run.articleId} (${run.lateMs} ms after its time)`);
    }
    for (const failure of report.failed) log.error(`[scheduler] could not process ${failure.articleId}: ${failure.error}`);
    const overdue = await overdueItems(new Date());
    if (overdue.length && Date.now() - lastWarning > WARN_EVERY_MS) {
      lastWarning = Date.now();
      log.warn(`[scheduler] ${overdue.length} item(s) more than 60 s overdue: ${overdue.map((o) => `${o.id} (${o.kind} ${o.due.toISOString()})`).join(", ")}`);
    }
    const next = await nextDueTime();
    const delay = next ? next.getTime() - Date.now() : MAX_SLEEP_MS;
    return report.failed.length ? Math.max(delay, FAILED_RETRY_MS) : delay;
  }

  async function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      let delay: number;
      do {
        again = false;
        delay = await pass();
      } while (again && !stopped);
      if (lastError) log.info("[scheduler] database reachable again");
      lastError = "";
      sleep(delay);
    } catch (error) {
      const message = (error as Error).message;
      if (message !== lastError) log.error(`[scheduler] ${message}; retrying every ${RETRY_MS} ms`);
      lastError = message;
      sleep(RETRY_MS);
    } finally {
      running = false;
    }
  }

  // postgres.js re-establishes LISTEN after a lost connection and calls onlisten
  // again, which is also when a restarted database's overdue items are picked up.
  const listening = listenForever(SCHEDULE_CHANNEL, () => void wake(), () => void wake(), log);
  void wake();

  return {
    wake: () => void wake(),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await listening.stop();
    },
  };
}
