// The scheduler's heartbeat: when its last pass began and ended. The loop
// records it (./scheduler-loop); in a production server the loop runs in a
// thread of its own, which reports each beat to the main thread
// (./scheduler-thread), where /api/ready reads it. No "server-only" here:
// scripts/server.ts runs without the react-server condition and imports it.

/** The loop sleeps at most this long between passes. */
export const MAX_SLEEP_MS = 60_000;
/** A loop whose last pass ended longer ago than its longest sleep plus this is stalled. */
const STALL_MARGIN_MS = 30_000;

export type Beat = { startedAt: number; passStartedAt?: number; passEndedAt?: number; stopped: boolean };

// On globalThis: the route handler that reports it (/api/ready) is bundled
// apart from the code that runs the loop or its thread.
const holder = globalThis as unknown as { marqueeSchedulerBeat?: Beat };

/** Records a beat where schedulerLiveness reads it. */
export function recordBeat(beat: Beat): void {
  holder.marqueeSchedulerBeat = beat;
}

/** Whether this process runs a scheduler (a loop, or a thread that reported), even one that has stopped. */
export function schedulerRunsHere(): boolean {
  return holder.marqueeSchedulerBeat !== undefined;
}

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
