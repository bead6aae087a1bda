// The scheduler's database side (docs/architecture.md, "Scheduling"): due publish and
// unpublish times are claimed with FOR UPDATE SKIP LOCKED, one article per
// transaction, and the claim and the status change commit together, so any
// number of schedulers publish each article exactly once. The clock is a
// parameter so tests can move it.
import "server-only";
import { and, asc, eq, isNull, lte, min, notInArray, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { articles } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidate";
import { applyTimedTransition } from "./commands";
import type { TimedTransition } from "./status-machine";

export type DueRun = { articleId: string; kind: TimedTransition; due: Date; lateMs: number };
export type RunReport = { done: DueRun[]; failed: { articleId: string; error: string }[] };

const publishDue = (now: Date) => and(eq(articles.status, "scheduled"), lte(articles.publishAt, now));
const unpublishDue = (now: Date) => and(eq(articles.status, "published"), lte(articles.unpublishAt, now));

/** Publishes and unpublishes everything due at `now`, oldest first, and invalidates what each touched. */
export async function runDueTransitions(now: Date = new Date(), executor: Executor = db): Promise<RunReport> {
  const report: RunReport = { done: [], failed: [] };
  const skip: string[] = [];
  for (;;) {
    const claim: { id: string | null } = { id: null };
    try {
      const outcome = await executor.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(articles)
          .where(and(isNull(articles.deletedAt), or(publishDue(now), unpublishDue(now)), skip.length ? notInArray(articles.id, skip) : undefined))
          .orderBy(asc(sql`least(${articles.publishAt}, ${articles.unpublishAt})`))
          .limit(1)
          .for("update", { skipLocked: true });
        if (!row) return null;
        claim.id = row.id;
        const kind: TimedTransition = row.status === "scheduled" ? "publish_at" : "unpublish_at";
        const due = (kind === "publish_at" ? row.publishAt : row.unpublishAt) as Date;
        const result = await applyTimedTransition(tx, row, kind, now);
        return { result, run: { articleId: row.id, kind, due, lateMs: now.getTime() - due.getTime() } };
      });
      if (!outcome) return report;
      await invalidateTags(outcome.result.touchedTags);
      report.done.push(outcome.run);
    } catch (error) {
      // One broken article must not hold up the rest; it stays due and is retried on the next wake.
      if (!claim.id) throw error;
      skip.push(claim.id);
      report.failed.push({ articleId: claim.id, error: (error as Error).message });
    }
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
