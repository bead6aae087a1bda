// The scheduler as a running loop: it sleeps until just before the next due
// time (or a minute, whichever is sooner), prepares what falls due then and
// commits it on time (./scheduler, PREPARE_AHEAD_MS), wakes at once when a schedule changes
// (LISTEN), retries every half second while the database is away, and warns
// about anything more than a minute overdue. It runs where readers cannot
// starve it: in a thread of its own in every production server
// (./scheduler-thread), in the `npm run dev` launcher, or on its own
// (`npm run scheduler`). Its lines go
// through lib/server/log.ts; its liveness is read by /api/ready.
import "server-only";
import { listenForever } from "@/lib/server/listen";
import { logger, type Logger } from "@/lib/server/log";
import { nextDueTime, overdueItems, PREPARE_AHEAD_MS, runDueTransitions } from "./scheduler";
import { type Beat, MAX_SLEEP_MS, recordBeat } from "./scheduler-beat";
import { SCHEDULE_CHANNEL } from "./schedule-signal";

const RETRY_MS = 500;
/** After an article failed, the next pass waits this long (it is still due, so it would be retried at once, forever). */
const FAILED_RETRY_MS = 5_000;
const WARN_EVERY_MS = 60_000;
/** After the due time of an item another scheduler holds, look again this soon. */
const HELD_RETRY_MS = 100;

export { schedulerLiveness, type SchedulerLiveness } from "./scheduler-beat";

/**
 * How long to sleep before the pass for an item due at `due`: until its lead
 * begins; or, when it is inside the lead already and still waiting (another
 * scheduler holds it, prepared), until just after its time, when that one has
 * committed it or, if it died, let it go.
 */
export function untilNext(due: number, now: number): number {
  const prepareAt = due - PREPARE_AHEAD_MS;
  return prepareAt > now ? prepareAt - now : Math.max(0, due - now) + HELD_RETRY_MS;
}

export type SchedulerLoop = { wake: () => void; stop: () => Promise<void> };
type Log = Pick<Logger, "info" | "warn" | "error">;

/** `onBeat` hears each pass's start and end (a scheduler thread passes them to its server's main thread). */
export function startSchedulerLoop(log: Log = logger("scheduler"), onBeat?: (beat: Beat) => void): SchedulerLoop {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let lastWarning = 0;
  let lastError = "";
  const beat: Beat = { startedAt: Date.now(), stopped: false };
  recordBeat(beat);
  const report = () => onBeat?.({ ...beat });

  const sleep = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(wake, Math.max(0, Math.min(ms, MAX_SLEEP_MS)));
  };

  async function pass() {
    // What falls due within the lead is prepared now and committed at its time.
    const upcoming = await nextDueTime();
    const soon = upcoming && upcoming.getTime() - Date.now() <= PREPARE_AHEAD_MS ? upcoming : undefined;
    const report = await runDueTransitions(new Date(), undefined, { commitAt: soon });
    for (const run of report.done) {
      log.info(run.kind === "publish_at" ? "published" : "unpublished", { article: run.articleId, late_ms: run.lateMs });
    }
    for (const failure of report.failed) log.error("could not process an article", { article: failure.articleId, error: failure.error });
    const overdue = await overdueItems(new Date());
    if (overdue.length && Date.now() - lastWarning > WARN_EVERY_MS) {
      lastWarning = Date.now();
      log.warn(`${overdue.length} item(s) more than 60 s overdue`, { overdue: overdue.map((o) => `${o.id} (${o.kind} ${o.due.toISOString()})`) });
    }
    const next = await nextDueTime();
    const delay = next ? untilNext(next.getTime(), Date.now()) : MAX_SLEEP_MS;
    return report.failed.length ? Math.max(delay, FAILED_RETRY_MS) : delay;
  }

  async function wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    beat.passStartedAt = Date.now();
    report();
    try {
      let delay: number;
      do {
        again = false;
        delay = await pass();
      } while (again && !stopped);
      if (lastError) log.info("database reachable again");
      lastError = "";
      sleep(delay);
    } catch (error) {
      const message = (error as Error).message;
      if (message !== lastError) log.error(`pass failed; retrying every ${RETRY_MS} ms`, { error: message });
      lastError = message;
      sleep(RETRY_MS);
    } finally {
      running = false;
      beat.passEndedAt = Date.now();
      report();
    }
  }

  // postgres.js re-establishes LISTEN after a lost connection and calls onlisten
  // again, which is also when a restarted database's overdue items are picked up.
  const listening = listenForever(
    SCHEDULE_CHANNEL,
    () => void wake(),
    () => void wake(),
    log,
  );
  void wake();

  return {
    wake: () => void wake(),
    stop: async () => {
      stopped = true;
      beat.stopped = true;
      report();
      clearTimeout(timer);
      await listening.stop();
    },
  };
}
