// Per-account limits that keep one account (or one leaked API token) from
// filling the database: stories and tags created in a rolling 24 hours, and
// autosaves kept per article. Every limit is here; the commands that create
// stories, tags and autosaves check them inside their own transaction.
import "server-only";
import { and, desc, eq, gt, notInArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articleRevisions, articles, tags } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * Creations per account in any 24 hours, by role: contributors are held to a
 * writer's day; editors and admins (and their API tokens: wire copy, scripts)
 * get room for a desk's volume, still with a ceiling.
 */
export const DAILY_QUOTAS: Record<Role, { stories: number; tags: number }> = {
  contributor: { stories: 100, tags: 200 },
  editor: { stories: 1_000, tags: 2_000 },
  admin: { stories: 1_000, tags: 2_000 },
};

export const QUOTAS = {
  /** A contributor's stories (drafts) in any 24 hours (DAILY_QUOTAS has every role's). */
  storiesPerDay: DAILY_QUOTAS.contributor.stories,
  /** A contributor's tags in any 24 hours. */
  tagsPerDay: DAILY_QUOTAS.contributor.tags,
  /** Autosaves kept per article; older ones are deleted. Named saves, restores and publishes are always kept. */
  autosavesPerArticle: 50,
} as const;

const WINDOW_MS = 24 * 3_600_000;

type Counted = "stories" | "tags";
const tables = {
  stories: { createdById: articles.createdById, createdAt: articles.createdAt, table: articles },
  tags: { createdById: tags.createdById, createdAt: tags.createdAt, table: tags },
} as const;

/**
 * Refuses with 429 when `adding` more creations of `kind` by `actorId` would
 * pass the daily limit. Must run inside the transaction that then writes
 * them: it takes a per-account lock until that transaction ends, so
 * parallel requests cannot all pass the count before any has written.
 */
export async function assertDailyQuota(
  tx: Executor,
  { kind, actor, adding = 1, now }: { kind: Counted; actor: Pick<Actor, "id" | "role">; adding?: number; now: Date },
): Promise<void> {
  if (adding <= 0) return;
  const actorId = actor.id;
  const { table, createdById, createdAt } = tables[kind];
  const limit = DAILY_QUOTAS[actor.role][kind];
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`marquee:quota:${kind}:${actorId}`}, 0))`);
  const recent = await tx
    .select({ at: createdAt })
    .from(table)
    .where(and(eq(createdById, actorId), gt(createdAt, new Date(now.getTime() - WINDOW_MS))))
    .orderBy(desc(createdAt))
    .limit(limit);
  if (recent.length + adding <= limit) return;
  // Room for `adding` more comes when this creation (the newest that must leave the window) is 24 hours old.
  const blocking = recent[Math.max(limit - adding, 0)];
  const retryAfter = blocking ? Math.max(1, Math.ceil((blocking.at.getTime() + WINDOW_MS - now.getTime()) / 1000)) : undefined;
  throw new AppError("rate_limited", quotaMessage(kind, recent.length, adding, limit), { retryAfter });
}

function quotaMessage(kind: Counted, made: number, adding: number, limit: number): string {
  const noun = kind === "stories" ? "stories" : "tags";
  if (made >= limit) return `You have created ${limit} ${noun} in the last 24 hours, the most one account may; try again later.`;
  return `This would make ${made + adding} ${noun} created by you in the last 24 hours, and one account may create ${limit}; try again later.`;
}

/** Deletes the article's autosaves beyond the newest QUOTAS.autosavesPerArticle. */
export async function pruneAutosaves(tx: Executor, articleId: string): Promise<void> {
  const keep = tx
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.kind, "autosave")))
    .orderBy(desc(articleRevisions.number))
    .limit(QUOTAS.autosavesPerArticle);
  await tx
    .delete(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.kind, "autosave"), notInArray(articleRevisions.id, keep)));
}
