// The scheduler's thread in a production server (dist/scheduler-worker.mjs,
// bundled by `npm run build`; lib/publishing/scheduler-thread.ts starts it).
// It runs the same loop as `npm run scheduler`, at a higher CPU priority
// than the server's own threads where it may, reports each pass to the
// server's main thread, and stops when asked.
import { parentPort } from "node:worker_threads";
import { raiseSchedulerPriority, SCHEDULER_NICE } from "@/lib/publishing/scheduler-priority";

async function main() {
  const port = parentPort;
  if (!port) throw new Error("scheduler-worker runs as a worker thread of the server (dist/server.mjs).");
  const { startSchedulerLoop } = await import("@/lib/publishing/scheduler-loop");
  const { sql } = await import("@/db/client");
  const { logger } = await import("@/lib/server/log");
  const priority = raiseSchedulerPriority();
  if (!priority.raised)
    logger("scheduler").info(`running at nice ${priority.nice}: not permitted to raise it to ${SCHEDULER_NICE} (CAP_SYS_NICE or LimitNICE)`);
  const loop = startSchedulerLoop(undefined, (beat) => port.postMessage({ type: "beat", beat }));
  port.on("message", (message: { type?: string }) => {
    if (message?.type !== "stop") return;
    void loop
      .stop()
      .then(() => sql.end({ timeout: 5 }))
      .finally(() => process.exit(0));
  });
}

void main();
