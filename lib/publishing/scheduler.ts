// The scheduler's database side (docs/architecture.md, "Scheduling"): due publish and
// unpublish times are claimed with FOR UPDATE SKIP LOCKED, and the claim and
// the status change commit together, so any number of schedulers publish each
// article exactly once. The clock is a parameter so tests can move it.
import "server-only";
import { and, asc, eq, isNull, lte, min, notInArray, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { articles } from "@/db/schema";
import { announceOnCommit } from "@/lib/cache/fanout";
import { invalidateAnnounced } from "@/lib/cache/invalidate";
import { applyTimedTransition } from "./commands";
import type { TimedTransition } from "./status-machine";

export type DueRun = { articleId: string; kind: TimedTransition; due: Date; lateMs: number };
export type RunReport = { done: DueRun[]; failed: { articleId: string; error: string }[] };

/**
 * How far ahead of a due time the loop prepares it (./scheduler-loop): the
 * claim and every write happen in a transaction that then waits and commits
 * at the due time, so what is left to do on time is one COMMIT, however busy
 * the machine is. The writes are a dozen round trips to PostgreSQL, a few
 * milliseconds on a quiet machine and some hundreds on a saturated one.
 */
export const PREPARE_AHEAD_MS = 1_500;
/** Items claimed and committed together; each is applied in a savepoint of its own. */
const BATCH = 25;

const publishDue = (now: Date) => and(eq(articles.status, "scheduled"), lte(articles.publishAt, now));
const unpublishDue = (now: Date) => and(eq(articles.status, "published"), lte(articles.unpublishAt, now));

export type DueOptions = {
  /**
   * Prepare what falls due by this time, a little after `now`, and commit
   * it then, not before (the clock read again): the scheduler loop's lead.
   */
  commitAt?: Date;
};

/**
 * Publishes and unpublishes everything due at `now` (or by `commitAt`),
 * oldest first, and invalidates what each touched. Items are claimed in
 * batches; each batch commits together with the announcement of its tags to
 * every instance (NOTIFY is delivered on commit), and the edges are purged as
 * soon as it has committed.
 */
export async function runDueTransitions(now: Date = new Date(), executor: Executor = db, options: DueOptions = {}): Promise<RunReport> {
  const dueBy = options.commitAt && options.commitAt > now ? options.commitAt : now;
  const report: RunReport = { done: [], failed: [] };
  const skip: string[] = [];
  for (;;) {
    const batch = await executor.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(articles)
        .where(and(isNull(articles.deletedAt), or(publishDue(dueBy), unpublishDue(dueBy)), skip.length ? notInArray(articles.id, skip) : undefined))
        .orderBy(asc(sql`least(${articles.publishAt}, ${articles.unpublishAt})`))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      const done: { run: DueRun; tags: string[] }[] = [];
      for (const row of rows) {
        const kind: TimedTransition = row.status === "scheduled" ? "publish_at" : "unpublish_at";
        const due = (kind === "publish_at" ? row.publishAt : row.unpublishAt) as Date;
        // What the records say happened when: the due time of one prepared ahead, or now.
        const at = new Date(Math.max(now.getTime(), due.getTime()));
        try {
          // A savepoint: one broken article must not hold up the rest; it stays due and is retried on a later pass.
          const result = await tx.transaction((item) => applyTimedTransition(item, row, kind, at));
          done.push({ run: { articleId: row.id, kind, due, lateMs: 0 }, tags: result.touchedTags });
        } catch (error) {
          skip.push(row.id);
          report.failed.push({ articleId: row.id, error: (error as Error).message });
        }
      }
      const tags = [...new Set(done.flatMap((d) => d.tags))];
      if (tags.length) await announceOnCommit(tx, tags);
      if (dueBy !== now && done.length) await waitUntil(dueBy.getTime());
      return { rows: rows.length, done, tags };
    });
    invalidateAnnounced(batch.tags);
    const lateMs = (due: Date) => (dueBy === now ? now.getTime() : Date.now()) - due.getTime();
    for (const { run } of batch.done) report.done.push({ ...run, lateMs: lateMs(run.due) });
    // Until a claim finds nothing: a story published here may be due to come down too.
    if (batch.rows === 0) return report;
  }
}

/** Resolves once the clock reads `at` or later (a timer may fire a little early). */
async function waitUntil(at: number): Promise<void> {
  for (let left = at - Date.now(); left > 0; left = at - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** The earliest stored publish or unpublish time still waiting, or null. */
export async function nextDueTime(executor: Executor = db): Promise<Date | null> {
  const [publish] = await executor
    .select({ at: min(articles.publishAt) })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), isNull(articles.deletedAt)));
  const [unpublish] = await executor
    .select({ at: min(articles.unpublishAt) })
    .from(articles)
    .where(and(eq(articles.status, "published"), isNull(articles.deletedAt)));
  const times = [publish?.at, unpublish?.at].filter((t): t is Date => t instanceof Date);
  return times.length ? new Date(Math.min(...times.map((t) => t.getTime()))) : null;
}

export type OverdueItem = { id: string; title: string; kind: TimedTransition; due: Date };

/** Items whose time passed more than `graceMs` ago and are still waiting: something is wrong. */
export async function overdueItems(now: Date = new Date(), graceMs = 60_000, executor: Executor = db): Promise<OverdueItem[]> {
  const cutoff = new Date(now.getTime() - graceMs);
  const rows = await executor
    .select({ id: articles.id, title: articles.title, status: articles.status, publishAt: articles.publishAt, unpublishAt: articles.unpublishAt })
    .from(articles)
    .where(and(isNull(articles.deletedAt), or(publishDue(cutoff), unpublishDue(cutoff))))
    .orderBy(asc(sql`least(${articles.publishAt}, ${articles.unpublishAt})`))
    .limit(50);
  return rows.map((r) =>
    r.status === "scheduled"
      ? { id: r.id, title: r.title, kind: "publish_at", due: r.publishAt as Date }
      : { id: r.id, title: r.title, kind: "unpublish_at", due: r.unpublishAt as Date },
  );
}
