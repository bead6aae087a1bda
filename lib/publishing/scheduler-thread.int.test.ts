// The scheduler's thread against real PostgreSQL: a story falls due while the
// main thread (where a server answers readers) is kept busy, and it still
// goes live on time, because claiming and publishing happen in the thread.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, auditEvents } from "@/db/schema";
import { makeArticle, makeUser } from "@/tests/factories";
import { transitionArticle } from "./commands";
import { schedulerLiveness } from "./scheduler-beat";
import { type SchedulerThread, startSchedulerThread } from "./scheduler-thread";

const ENTRY = new URL("../../scripts/scheduler-worker.ts", import.meta.url);
const quiet = { error: () => {} };
let thread: SchedulerThread;

beforeAll(async () => {
  thread = startSchedulerThread(ENTRY, quiet, { execArgv: ["--import", "tsx"] });
  expect(await thread.firstPass).toBe("done");
});
afterAll(() => thread.stop());

/** Keeps this thread's event loop from turning until `until`, as a server saturated by readers would. */
function busyUntil(until: number) {
  let spins = 0;
  while (Date.now() < until) spins++;
  return spins;
}

describe("the scheduler's thread", () => {
  it("publishes a story at its time while the main thread is too busy to turn its event loop", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor, { title: "The 9:00 story" });
    const due = new Date(Date.now() + 1_500);
    await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at: due });

    const busyEnd = due.getTime() + 3_000;
    busyUntil(busyEnd);

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, draft.id), eq(auditEvents.action, "article.scheduled_publish")));
    const [{ status }] = await db.select({ status: articles.status }).from(articles).where(eq(articles.id, draft.id));
    expect(status).toBe("published");
    // Published after its time, and before the main thread turned once more.
    expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(event.createdAt.getTime()).toBeLessThan(busyEnd);
    // The thread's passes reach this thread, where /api/ready reads them.
    await expect.poll(() => schedulerLiveness().alive).toBe(true);
  });
});
