// The scheduler's claim logic against real PostgreSQL, with a clock the tests
// move: nothing goes live early, everything due goes live once, and several
// schedulers running at the same moment never publish an article twice.
import { and, sql as dsql, eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articleRevisions, articles, auditEvents, liveArticles } from "@/db/schema";
import { INVALIDATE_CHANNEL } from "@/lib/cache/fanout";
import { getEnv } from "@/lib/env";
import { makeArticle, makeUser } from "@/tests/factories";
import { transitionArticle } from "./commands";
import { SCHEDULE_CHANNEL } from "./schedule-signal";
import { nextDueTime, overdueItems, runDueTransitions } from "./scheduler";
import type { Beat } from "./scheduler-beat";
import { startSchedulerLoop, untilNext } from "./scheduler-loop";

const editor = await makeUser("editor");
// A clock far from the real one, so these tests cannot race the wall clock.
let clock = Date.UTC(2031, 2, 9, 13, 0, 0);
const tick = (ms: number) => new Date((clock += ms));

async function scheduled(at: Date, unpublishAt?: Date) {
  const draft = await makeArticle(editor);
  await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at, unpublishAt, now: new Date(clock) });
  return draft;
}

const statusOf = async (id: string) => (await db.select({ s: articles.status }).from(articles).where(eq(articles.id, id)))[0].s;
const liveRow = async (id: string) => (await db.select().from(liveArticles).where(eq(liveArticles.articleId, id)))[0] ?? null;
const publishRevisions = (id: string) =>
  db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "publish")));
const schedulerEvents = (id: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "article.scheduled_publish")));

describe("runDueTransitions", () => {
  it("publishes a scheduled article at its time, not a millisecond before", async () => {
    const at = new Date(clock + 10_000);
    const draft = await scheduled(at);

    const early = await runDueTransitions(new Date(at.getTime() - 1));
    expect(early.done.map((d) => d.articleId)).not.toContain(draft.id);
    expect(await statusOf(draft.id)).toBe("scheduled");
    expect(await liveRow(draft.id)).toBeNull();

    const onTime = await runDueTransitions(at);
    expect(onTime.done).toContainEqual({ articleId: draft.id, kind: "publish_at", due: at, lateMs: 0 });
    expect(await statusOf(draft.id)).toBe("published");
    const live = await liveRow(draft.id);
    expect(live?.publishedAt).toEqual(at); // readers see the time it was scheduled for
    const [event] = await schedulerEvents(draft.id);
    expect(event).toMatchObject({ actorId: null, data: expect.objectContaining({ from: "scheduled", to: "published" }) });
    expect(await publishRevisions(draft.id)).toHaveLength(1);
  });

  it("publishes late items after an outage with their scheduled time, oldest first", async () => {
    const first = await scheduled(new Date(clock + 1_000));
    const second = await scheduled(new Date(clock + 2_000));
    const report = await runDueTransitions(tick(3_600_000)); // the server was down for an hour
    const order = report.done.map((d) => d.articleId).filter((id) => id === first.id || id === second.id);
    expect(order).toEqual([first.id, second.id]);
    expect((await liveRow(first.id))?.publishedAt).toEqual(new Date(clock - 3_600_000 + 1_000));
  });

  it("takes a time-limited story down at its unpublish time", async () => {
    const at = new Date(clock + 5_000);
    const down = new Date(clock + 65_000);
    const draft = await scheduled(at, down);
    await runDueTransitions(at);
    expect(await liveRow(draft.id)).not.toBeNull();

    await runDueTransitions(new Date(down.getTime() - 1));
    expect(await statusOf(draft.id)).toBe("published");
    const report = await runDueTransitions(down);
    expect(report.done).toContainEqual({ articleId: draft.id, kind: "unpublish_at", due: down, lateMs: 0 });
    expect(await statusOf(draft.id)).toBe("unpublished");
    expect(await liveRow(draft.id)).toBeNull();
    clock = down.getTime();
  });

  it("does both steps in order when the outage spans the publish and the unpublish time", async () => {
    const draft = await scheduled(new Date(clock + 1_000), new Date(clock + 2_000));
    const report = await runDueTransitions(tick(10_000));
    expect(report.done.filter((d) => d.articleId === draft.id).map((d) => d.kind)).toEqual(["publish_at", "unpublish_at"]);
    expect(await statusOf(draft.id)).toBe("unpublished");
  });

  it("publishes each article exactly once when several schedulers run at the same moment", async () => {
    const at = new Date(clock + 1_000);
    const batch = await Promise.all(Array.from({ length: 24 }, () => scheduled(at)));
    const runs = await Promise.all(Array.from({ length: 4 }, () => runDueTransitions(at)));

    const claimed = runs.flatMap((r) => r.done.map((d) => d.articleId)).filter((id) => batch.some((b) => b.id === id));
    expect(claimed.sort()).toEqual(batch.map((b) => b.id).sort());
    for (const { id } of batch) {
      expect(await publishRevisions(id)).toHaveLength(1);
      expect(await schedulerEvents(id)).toHaveLength(1);
      expect(await statusOf(id)).toBe("published");
    }
    clock = at.getTime();
  });

  it("leaves deleted, cancelled and rescheduled articles alone", async () => {
    const at = new Date(clock + 1_000);
    const cancelled = await scheduled(at);
    const moved = await scheduled(at);
    const deleted = await scheduled(at);
    await transitionArticle({ actor: editor, articleId: cancelled.id, action: "cancel_schedule", version: cancelled.version + 1, now: new Date(clock) });
    await transitionArticle({
      actor: editor,
      articleId: moved.id,
      action: "schedule",
      version: moved.version + 1,
      at: new Date(clock + 60_000),
      now: new Date(clock),
    });
    await db
      .update(articles)
      .set({ deletedAt: new Date(clock) })
      .where(eq(articles.id, deleted.id));

    const report = await runDueTransitions(at);
    const ids = report.done.map((d) => d.articleId);
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(moved.id);
    expect(ids).not.toContain(deleted.id);
    expect(await statusOf(cancelled.id)).toBe("draft");
    expect(await statusOf(moved.id)).toBe("scheduled");
    await runDueTransitions(new Date(clock + 60_000));
    expect(await statusOf(moved.id)).toBe("published");
    clock += 60_000;
  });
});

describe("what the loop needs to know", () => {
  it("finds the next due time and flags items more than a minute overdue", async () => {
    await runDueTransitions(new Date(clock)); // nothing else waiting
    const soon = new Date(clock + 30_000);
    const later = new Date(clock + 90_000);
    const a = await scheduled(later);
    const b = await scheduled(soon);
    expect(await nextDueTime()).toEqual(soon);

    expect((await overdueItems(new Date(soon.getTime() + 59_000))).map((o) => o.id)).not.toContain(b.id);
    const overdue = await overdueItems(new Date(soon.getTime() + 61_000));
    expect(overdue).toContainEqual({ id: b.id, title: expect.any(String), kind: "publish_at", due: soon });
    expect(overdue.map((o) => o.id)).not.toContain(a.id);
    await runDueTransitions(later);
    clock = later.getTime();
  });

  it("announces a schedule change only when the transaction commits", async () => {
    const listener = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
    const heard: string[] = [];
    await listener.listen(SCHEDULE_CHANNEL, (payload) => heard.push(payload));
    try {
      const draft = await makeArticle(editor);
      await expect(
        db.transaction(async (tx) => {
          await transitionArticle(
            { actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at: new Date(clock + 5_000), now: new Date(clock) },
            tx,
          );
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      // Notifications arrive in commit order: once a marker sent after the
      // rollback is heard, anything the rolled-back transaction sent would have been too.
      await listener.notify(SCHEDULE_CHANNEL, "marker");
      await expect.poll(() => heard.includes("marker")).toBe(true);
      expect(heard).toEqual(["marker"]);
      await transitionArticle({
        actor: editor,
        articleId: draft.id,
        action: "schedule",
        version: draft.version,
        at: new Date(clock + 5_000),
        now: new Date(clock),
      });
      await expect.poll(() => heard.length).toBe(2);
      expect(heard[1]).not.toBe("marker");
    } finally {
      await listener.end({ timeout: 5 });
    }
  });
});

describe("a story prepared ahead of its time", () => {
  it("is written before its time, invisible and announced to no one until it commits at its time, and claimed by no other scheduler", async () => {
    const listener = postgres(getEnv().DATABASE_URL, { max: 1, onnotice: () => {} });
    const heard: string[] = [];
    await listener.listen(INVALIDATE_CHANNEL, (payload) => heard.push(payload));
    try {
      // Other files' stories left due in the shared database would fill the
      // prepared batch (25 a transaction, oldest first) ahead of this one.
      await runDueTransitions(new Date());
      const draft = await makeArticle(editor);
      const at = new Date(Date.now() + 600);
      await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at });
      const prepared = runDueTransitions(new Date(), db, { commitAt: at });
      // Prepared and waiting: another scheduler at the due time finds it claimed.
      await expect.poll(() => rowHeldByOpenTransaction(draft.id), { interval: 20 }).toBe(true);
      expect(Date.now()).toBeLessThan(at.getTime());
      const rival = await runDueTransitions(at);
      expect(rival.done.map((d) => d.articleId)).not.toContain(draft.id);
      expect(await statusOf(draft.id)).toBe("scheduled");
      expect(await liveRow(draft.id)).toBeNull();
      expect(heard.filter((h) => h.includes(`article:${draft.id}`))).toEqual([]);

      const report = await prepared;
      expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
      expect(report.done).toContainEqual({ articleId: draft.id, kind: "publish_at", due: at, lateMs: expect.any(Number) });
      expect(report.done.find((d) => d.articleId === draft.id)!.lateMs).toBeGreaterThanOrEqual(0);
      expect(await statusOf(draft.id)).toBe("published");
      expect((await liveRow(draft.id))?.publishedAt).toEqual(at);
      const [event] = await schedulerEvents(draft.id);
      expect(event.createdAt.getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(await publishRevisions(draft.id)).toHaveLength(1);
      await expect.poll(() => heard.some((h) => h.includes(`article:${draft.id}`))).toBe(true);
    } finally {
      await listener.end({ timeout: 5 });
    }
  });
});

/** Sessions that hold a transaction open doing nothing: a scheduler waiting to commit what it prepared. */
/**
 * Whether a transaction still open has locked or changed the article's row:
 * the row's xmax names it, and it is some session's current transaction.
 * (Other test files share the database, so any session idle in a
 * transaction is not enough.)
 */
async function rowHeldByOpenTransaction(id: string) {
  const rows = await db.execute<{ held: boolean }>(
    dsql`select exists (select 1 from articles a join pg_stat_activity s on s.backend_xid = a.xmax where a.id = ${id}) as held`,
  );
  return rows[0].held;
}

describe("startSchedulerLoop", () => {
  it("publishes an article scheduled after the loop went to sleep, on its own, at its time", async () => {
    // The wall clock now: this is the running loop, woken by NOTIFY and its timer alone.
    const loop = startSchedulerLoop({ info: () => {}, warn: () => {}, error: console.error });
    try {
      const draft = await makeArticle(editor);
      const at = new Date(Date.now() + 1_500);
      await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at });
      expect(await statusOf(draft.id)).toBe("scheduled");
      await expect.poll(() => statusOf(draft.id), { timeout: 10_000, interval: 100 }).toBe("published");
      const [event] = await schedulerEvents(draft.id);
      expect((event.data as { lateMs: number }).lateMs).toBeGreaterThanOrEqual(0);
      expect((await liveRow(draft.id))?.publishedAt).toEqual(at);
    } finally {
      await loop.stop();
    }
  });
});

describe("two scheduler loops", () => {
  it("publish a story once, and the one that finds it held waits for its time instead of asking again and again", async () => {
    const quiet = { info: () => {}, warn: () => {}, error: console.error };
    const passes = [0, 0];
    const count = (i: number) => (beat: Beat) => {
      if (beat.passEndedAt && beat.passEndedAt >= (beat.passStartedAt ?? 0)) passes[i]++;
    };
    const loops = [startSchedulerLoop(quiet, count(0)), startSchedulerLoop(quiet, count(1))];
    try {
      const draft = await makeArticle(editor);
      const at = new Date(Date.now() + 1_500);
      await transitionArticle({ actor: editor, articleId: draft.id, action: "schedule", version: draft.version, at });
      await expect.poll(() => statusOf(draft.id), { timeout: 10_000, interval: 50 }).toBe("published");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await publishRevisions(draft.id)).toHaveLength(1);
      expect(await schedulerEvents(draft.id)).toHaveLength(1);
      // A start, a wake for the new schedule, the prepared pass, one look after the time, a wake for the publish: a handful each.
      expect(passes[0] + passes[1]).toBeLessThan(20);
    } finally {
      await Promise.all(loops.map((l) => l.stop()));
    }
  });

  it("sleep until the lead before an item, or until just after the time of one already inside it", () => {
    expect(untilNext(10_000, 0)).toBe(8_500);
    expect(untilNext(10_000, 9_700)).toBe(400);
    expect(untilNext(10_000, 12_000)).toBe(100);
  });
});
