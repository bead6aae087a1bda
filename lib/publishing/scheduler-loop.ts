// The scheduler as a running loop: it sleeps until the next due time (or a
// minute, whichever is sooner), wakes at once when a schedule changes
// (LISTEN), retries every half second while the database is away, and warns
// about anything more than a minute overdue. Started by instrumentation.ts in
// every server process and by `npm run scheduler` on its own. Its lines go
// through lib/server/log.ts; its liveness is read by /api/ready.
import "server-only";
import { listenForever } from "@/lib/server/listen";
import { logger, type Logger } from "@/lib/server/log";
import { nextDueTime, overdueItems, runDueTransitions } from "./scheduler";
import { SCHEDULE_CHANNEL } from "./schedule-signal";

const MAX_SLEEP_MS = 60_000;
const RETRY_MS = 500;
/** After an article failed, the next pass waits this long (it is still due, so it would be retried at once, forever). */
const FAILED_RETRY_MS = 5_000;
const WARN_EVERY_MS = 60_000;
/** A loop whose last pass ended longer ago than its longest sleep plus this is stalled. */
const STALL_MARGIN_MS = 30_000;

export type SchedulerLoop = { wake: () => void; stop: () => Promise<void> };
type Log = Pick<Logger, "info" | "warn" | "error">;

// On globalThis: the route handler that reports it (/api/ready) is bundled
// apart from instrumentation.ts, which starts the loop.
type Beat = { startedAt: number; passStartedAt?: number; passEndedAt?: number; stopped: boolean };
const holder = globalThis as unknown as { marqueeSchedulerBeat?: Beat };

export type SchedulerLiveness = { alive: true; lastPassAt: string } | { alive: false; reason: "not running" | "stalled"; lastPassAt?: string };

/**
 * Whether this process's scheduler loop is turning: a pass ended within its
 * longest sleep (plus a margin), or one is under way and began that recently.
 * A pass that failed (the database away) still counts: the loop is retrying.
 */
export function schedulerLiveness(now = Date.now()): SchedulerLiveness {
  const beat = holder.marqueeSchedulerBeat;
  if (!beat || beat.stopped) return { alive: false, reason: "not running" };
  const lastPassAt = beat.passEndedAt === undefined ? undefined : new Date(beat.passEndedAt).toISOString();
  const limit = MAX_SLEEP_MS + STALL_MARGIN_MS;
  const recent = (at: number | undefined) => at !== undefined && now - at <= limit;
  const passing = beat.passStartedAt !== undefined && (beat.passEndedAt === undefined || beat.passStartedAt > beat.passEndedAt);
  if (recent(beat.passEndedAt) || (passing && recent(beat.passStartedAt)) || (!lastPassAt && recent(beat.startedAt))) {
    return { alive: true, lastPassAt: lastPassAt ?? new Date(beat.startedAt).toISOString() };
  }
  return { alive: false, reason: "stalled", lastPassAt };
}

export function startSchedulerLoop(log: Log = logger("scheduler")): SchedulerLoop {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let lastWarning = 0;
  let lastError = "";
  const beat: Beat = { startedAt: Date.now(), stopped: false };
  holder.marqueeSchedulerBeat = beat;

  const sleep = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(wake, Math.max(0, Math.min(ms, MAX_SLEEP_MS)));
  };

  async function pass() {
    const report = await runDueTransitions(new Date());
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
    beat.passStartedAt = Date.now();
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
      clearTimeout(timer);
      await listening.stop();
    },
  };
}
