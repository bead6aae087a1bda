// The scheduler thread's supervision, with a thread that ends after one pass:
// the server hears the pass, logs the end and starts the thread again.
import { describe, expect, it } from "vitest";
import { schedulerLiveness } from "./scheduler-beat";
import { startSchedulerThread } from "./scheduler-thread";

const ENTRY = new URL("../../tests/fixtures/exiting-scheduler-worker.mjs", import.meta.url);

describe("startSchedulerThread", () => {
  it("starts a thread that ended again, a second later, and says so each time", { timeout: 15_000 }, async () => {
    const errors: string[] = [];
    const thread = startSchedulerThread(ENTRY, { error: (message) => errors.push(message) });
    try {
      expect(await thread.firstPass).toBe("done");
      await expect.poll(() => errors.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
      expect(errors[0]).toBe("thread ended (exit code 3); starting it again in 1000 ms");
      // Between a thread's end and its successor, /api/ready hears that none runs.
      await expect.poll(() => schedulerLiveness()).toEqual({ alive: false, reason: "not running" });
    } finally {
      await thread.stop();
    }
    const ended = errors.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(errors.length).toBe(ended); // stopped: not started again
  });
});
