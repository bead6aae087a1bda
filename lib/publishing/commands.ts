// Status changes: the only code that writes articles.status. Each change is
// one transaction (status, live copy, revision, audit event); the touched
// cache tags are invalidated after it commits.
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { type Article, articleRevisions, articles, liveArticles, slugRedirects } from "@/db/schema";
import { columnFieldsOf } from "@/lib/articles/shape";
import { findEditableArticle } from "@/lib/articles/visibility";
import { nextRevisionNumber, readLiveFootprint, readSnapshot } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { mayTakeAction } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { type LiveFootprint, tagsForLiveChange } from "@/lib/cache/tags";
import { renderHtml, renderPlainText } from "@/lib/content/render";
import { AppError, forbidden, invalid, notFound } from "@/lib/errors";
import { listTagsOnPublish } from "@/lib/tags/commands";
import { libraryImagesFor } from "@/lib/media/body-images";
import { mediaIdsOf } from "@/lib/media/usage";
import { assertImagesReady } from "./image-rule";
import { announceScheduleChange } from "./schedule-signal";
import { type Action, nextStatus, type Status, type TimedTransition, timedTransitions } from "./status-machine";

export type TransitionRequest = {
  actor: Actor;
  articleId: string;
  action: Action;
  /** The version the editor's screen was based on. */
  version: number;
  /** For schedule: when to go live. For schedule_unpublish: when to come down. */
  at?: Date;
  /** For schedule: when to come down again (a time-limited story); optional. */
  unpublishAt?: Date | null;
  /** For send back: what to fix. */
  note?: string;
  /** The clock; tests and the seed pass their own. */
  now?: Date;
};

export type TransitionResult = { id: string; status: Status; version: number; touchedTags: string[] };

type Changes = Partial<typeof articles.$inferInsert>;

export async function transitionArticle(request: TransitionRequest, executor: Executor = db): Promise<TransitionResult> {
  const result = await executor.transaction((tx) => applyTransition(tx, request));
  await invalidateTags(result.touchedTags);
  return result;
}

async function applyTransition(tx: Tx, request: TransitionRequest): Promise<TransitionResult> {
  const { actor, articleId, action } = request;
  const now = request.now ?? new Date();
  const article = await findEditableArticle(tx, actor, articleId, { forUpdate: true });
  if (!article) throw notFound("Article not found.");
  if (article.version !== request.version) {
    throw new AppError("conflict", "Someone else changed this article since you opened it.", {
      currentVersion: article.version,
    });
  }
  const step = nextStatus(article.status, action);
  if (!step.ok) throw new AppError("conflict", step.reason, { currentStatus: article.status });
  if (!mayTakeAction(actor, action)) throw forbidden(`Your role cannot ${action.replaceAll("_", " ")} articles.`);
  if (GOES_LIVE.has(action)) await assertImagesReady(tx, (await readSnapshot(tx, articleId))!);

  const liveBefore = await readLiveFootprint(tx, articleId);
  const changes: Changes = { status: step.to, ...(await effectsOf(tx, article, request, now)) };
  return commitStep(tx, article, changes, { actorId: actor.id, action: `article.${action}`, liveBefore, liveWritten: WRITES_LIVE_COPY.has(action), now });
}

/** The editor actions that put the working copy live, now or at a time: its images must have alt text and the hero a credit. */
const GOES_LIVE = new Set<Action>(["publish", "publish_changes", "schedule"]);

/** The editor actions whose effects (below) write or delete the live copy: the only ones readers can see, so the only ones that touch cache tags. */
const WRITES_LIVE_COPY = new Set<Action>(["publish", "publish_changes", "unpublish"]);

/** What an editor's action changes besides the status. */
async function effectsOf(tx: Tx, article: Article, request: TransitionRequest, now: Date): Promise<Changes> {
  switch (request.action) {
    case "publish":
    case "publish_changes":
      return goLive(tx, request.actor.id, article, article.publishedAt ?? now, now);
    case "schedule": {
      const at = futureTime(request.at, now, "at", "publish");
      const unpublishAt = request.unpublishAt === undefined ? article.unpublishAt : request.unpublishAt;
      if (unpublishAt && unpublishAt <= at) throw invalid("The story must come down after it goes live.", { unpublishAt: ["must be after the publish time"] });
      return { publishAt: at, unpublishAt };
    }
    case "schedule_unpublish": {
      const at = futureTime(request.at, now, "at", "unpublish");
      if (article.publishAt && article.status === "scheduled" && at <= article.publishAt) {
        throw invalid("The story must come down after it goes live.", { at: ["must be after the publish time"] });
      }
      return { unpublishAt: at };
    }
    case "cancel_unpublish":
      if (!article.unpublishAt) throw new AppError("conflict", "There is no unpublish time to cancel.", { currentStatus: article.status });
      return { unpublishAt: null };
    case "cancel_schedule":
      return { publishAt: null, unpublishAt: null };
    case "unpublish":
      return takeDown(tx, article.id);
    case "send_back":
      return { reviewNote: (request.note ?? "").trim().slice(0, 2000) };
    case "submit":
      return { reviewNote: "" };
    case "to_draft":
      return {};
  }
}

function futureTime(at: Date | undefined, now: Date, field: string, what: string): Date {
  if (!at || Number.isNaN(at.getTime())) throw invalid(`Choose when to ${what}.`, { [field]: ["is required"] });
  if (at <= now) throw invalid(`The ${what} time must be in the future.`, { [field]: ["must be in the future"] });
  return at;
}

/**
 * The scheduler's step for an article it has claimed (locked) because a
 * stored time was reached. Same live copy, revision, audit and cache tags as
 * an editor's publish or unpublish; no person acts.
 */
export async function applyTimedTransition(tx: Tx, article: Article, kind: TimedTransition, now: Date): Promise<TransitionResult> {
  const { from, to } = timedTransitions[kind];
  if (article.status !== from) throw new AppError("conflict", `The article is ${article.status}, not ${from}.`);
  const liveBefore = await readLiveFootprint(tx, article.id);
  const changes: Changes =
    kind === "publish_at"
      ? // The story carries the time it was scheduled for, even when a restart made it late.
        { status: to, ...(await goLive(tx, null, article, article.publishedAt ?? article.publishAt ?? now, now)) }
      : { status: to, ...(await takeDown(tx, article.id)) };
  const due = kind === "publish_at" ? article.publishAt : article.unpublishAt;
  return commitStep(tx, article, changes, {
    actorId: null,
    action: `article.scheduled_${kind === "publish_at" ? "publish" : "unpublish"}`,
    liveBefore,
    liveWritten: true,
    now,
    data: { due: due?.toISOString() ?? null, lateMs: due ? now.getTime() - due.getTime() : null },
  });
}

async function goLive(tx: Tx, actorId: string | null, article: Article, publishedAt: Date, now: Date): Promise<Changes> {
  const revisionId = await publishWorkingCopy(tx, actorId, article.id, publishedAt, now);
  return { publishedAt, liveRevisionId: revisionId, publishAt: null };
}

async function takeDown(tx: Tx, articleId: string): Promise<Changes> {
  await tx.delete(liveArticles).where(eq(liveArticles.articleId, articleId));
  return { unpublishAt: null };
}

type StepRecord = { actorId: string | null; action: string; liveBefore: LiveFootprint | null; liveWritten: boolean; now: Date; data?: Record<string, unknown> };

async function commitStep(tx: Tx, article: Article, changes: Changes, record: StepRecord): Promise<TransitionResult> {
  const [updated] = await tx
    .update(articles)
    .set({ ...changes, version: article.version + 1, updatedAt: record.now })
    .where(eq(articles.id, article.id))
    .returning({ version: articles.version, status: articles.status, publishAt: articles.publishAt, unpublishAt: articles.unpublishAt });
  await recordAudit(tx, {
    actorId: record.actorId,
    action: record.action,
    entityType: "article",
    entityId: article.id,
    createdAt: record.now,
    data: {
      from: article.status,
      to: updated.status,
      ...(changes.publishAt ? { at: changes.publishAt.toISOString() } : {}),
      ...(changes.unpublishAt ? { unpublishAt: changes.unpublishAt.toISOString() } : {}),
      ...record.data,
    },
  });
  if (!sameTime(article.publishAt, updated.publishAt) || !sameTime(article.unpublishAt, updated.unpublishAt)) {
    await announceScheduleChange(tx);
  }
  // A change of a published story's unpublish time, say, shows nowhere: no tag to clear.
  const liveAfter = record.liveWritten ? await readLiveFootprint(tx, article.id) : record.liveBefore;
  const touched = record.liveWritten && (record.liveBefore || liveAfter) ? tagsForLiveChange(record.liveBefore, liveAfter) : [];
  return { id: article.id, status: updated.status, version: updated.version, touchedTags: touched };
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Snapshots the working copy as a publish revision and makes it the live copy. */
async function publishWorkingCopy(tx: Tx, authorId: string | null, articleId: string, publishedAt: Date, now: Date) {
  const snapshot = await readSnapshot(tx, articleId);
  if (!snapshot) throw notFound("Article not found.");
  const [revision] = await tx
    .insert(articleRevisions)
    .values({
      articleId,
      number: await nextRevisionNumber(tx, articleId),
      kind: "publish",
      snapshot,
      authorId,
      createdAt: now,
    })
    .returning({ id: articleRevisions.id });
  await keepOldUrlWorking(tx, articleId, snapshot.slug);
  await listTagsOnPublish(tx, snapshot.tagIds, now);
  // The live copy holds the body rendered, not as a document.
  const { body, ...columns } = columnFieldsOf(snapshot);
  const live = {
    revisionId: revision.id,
    ...columns,
    bodyHtml: renderHtml(body, await libraryImagesFor(tx, body)),
    bodyText: renderPlainText(body),
    tagIds: snapshot.tagIds,
    authorIds: snapshot.bylineIds,
    mediaIds: mediaIdsOf(snapshot),
    publishedAt,
    updatedAt: now,
  };
  await tx
    .insert(liveArticles)
    .values({ articleId, ...live })
    .onConflictDoUpdate({ target: liveArticles.articleId, set: live });
  return revision.id;
}

/** A published article whose slug changes keeps its old URL as a redirect. */
async function keepOldUrlWorking(tx: Tx, articleId: string, newSlug: string) {
  const [current] = await tx.select({ slug: liveArticles.slug }).from(liveArticles).where(eq(liveArticles.articleId, articleId));
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, newSlug));
  if (current && current.slug !== newSlug) {
    await tx.insert(slugRedirects).values({ oldSlug: current.slug, articleId }).onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId } });
  }
}
