// The scheduler in a thread of its own inside a server process
// (docs/architecture.md, "Scheduling"). Readers saturate the main thread's
// event loop; the thread has its own, its own database connections and its
// own LISTEN, so a story due at 9:00 is claimed at 9:00 however busy the
// server is. It publishes through the same commands as everything else and
// announces what it changed through Postgres NOTIFY, which the main thread
// (and every other instance) applies to its caches at once; it purges the
// edge itself. The thread reports each pass to the main thread, where
// /api/ready reads it, and is started again if it ever ends. No "server-only"
// here: scripts/server.ts imports it.
import { Worker } from "node:worker_threads";
import { type Beat, recordBeat } from "./scheduler-beat";

/** At most this long, overdue stories are published before the server takes its first request. */
const FIRST_PASS_BUDGET_MS = 5_000;
const RESTART_AFTER_MS = 1_000;

export type SchedulerThread = { firstPass: Promise<"done" | "late">; stop: () => Promise<void> };
type Message = { type: "beat"; beat: Beat };
type Log = { error: (message: string) => void };

/**
 * Starts `entry` (dist/scheduler-worker.mjs) as the scheduler's thread.
 * `firstPass` settles when its first pass has ended, or after five seconds:
 * the server waits for it before it listens, so stories that fell due while
 * it was down go live before any reader sees the old pages. `execArgv` is
 * added to the thread's Node flags (tests run the TypeScript entry under tsx).
 */
export function startSchedulerThread(entry: URL, log: Log, { execArgv = [] as string[] } = {}): SchedulerThread {
  let worker: Worker | undefined;
  let running = false;
  let stopping = false;
  let settleFirstPass: (outcome: "done" | "late") => void = () => {};
  const firstPass = new Promise<"done" | "late">((resolve) => {
    settleFirstPass = resolve;
    setTimeout(() => resolve("late"), FIRST_PASS_BUDGET_MS).unref();
  });

  const start = () => {
    // The bundle imports modules marked "server-only", which resolve to nothing under this condition.
    const thread = new Worker(entry, { execArgv: [...process.execArgv, ...execArgv, "--conditions=react-server"], name: "scheduler" });
    worker = thread;
    running = true;
    thread.on("message", (message: Message) => {
      if (message?.type !== "beat") return;
      recordBeat(message.beat);
      if (message.beat.passEndedAt !== undefined) settleFirstPass("done");
    });
    thread.on("error", (error) => log.error(`thread failed: ${error.message}`));
    thread.on("exit", (code) => {
      running = false;
      if (stopping) return;
      recordBeat({ startedAt: Date.now(), stopped: true });
      log.error(`thread ended (exit code ${code}); starting it again in ${RESTART_AFTER_MS} ms`);
      setTimeout(() => {
        if (!stopping) start();
      }, RESTART_AFTER_MS).unref();
    });
  };
  start();

  return {
    firstPass,
    stop: async () => {
      stopping = true;
      const thread = worker;
      if (!thread || !running) return;
      const ended = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
      thread.postMessage({ type: "stop" });
      // A pass under way finishes first; one that hangs is cut off.
      const cutOff = setTimeout(() => void thread.terminate(), 5_000);
      await ended;
      clearTimeout(cutOff);
    },
  };
}
