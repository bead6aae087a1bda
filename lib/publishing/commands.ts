// Status changes: the only code that writes articles.status. Each change is
// one transaction (status, live copy, revision, audit event); the touched
// cache tags are invalidated after it commits.
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { articleRevisions, articles, liveArticles, slugRedirects } from "@/db/schema";
import {
  lockArticle,
  mayEditArticle,
  nextRevisionNumber,
  readLiveFootprint,
  readSnapshot,
} from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { tagsForLiveChange } from "@/lib/cache/tags";
import { renderHtml, renderPlainText } from "@/lib/content/render";
import { AppError, forbidden, invalid, notFound } from "@/lib/errors";
import { type Action, nextStatus, type Status } from "./status-machine";

export type TransitionRequest = {
  actor: Actor;
  articleId: string;
  action: Action;
  /** The version the editor's screen was based on. */
  version: number;
  /** For schedule: when to go live. */
  at?: Date;
  /** For send back: what to fix. */
  note?: string;
  /** The clock; tests and the seed pass their own. */
  now?: Date;
};

export type TransitionResult = { id: string; status: Status; version: number; touchedTags: string[] };

export async function transitionArticle(request: TransitionRequest, executor: Executor = db): Promise<TransitionResult> {
  const result = await executor.transaction((tx) => applyTransition(tx, request));
  await invalidateTags(result.touchedTags);
  return result;
}

async function applyTransition(tx: Tx, request: TransitionRequest): Promise<TransitionResult> {
  const { actor, articleId, action } = request;
  const now = request.now ?? new Date();
  const article = await lockArticle(tx, articleId);
  if (!article || !(await mayEditArticle(tx, actor, article.createdById, articleId))) throw notFound("Article not found.");
  if (article.version !== request.version) {
    throw new AppError("conflict", "Someone else changed this article since you opened it.", {
      currentVersion: article.version,
    });
  }
  const step = nextStatus(article.status, action);
  if (!step.ok) throw new AppError("conflict", step.reason, { currentStatus: article.status });
  if (!can(actor.role, step.permission)) throw forbidden(`Your role cannot ${action.replace("_", " ")} articles.`);

  const liveBefore = await readLiveFootprint(tx, articleId);
  const changes: Partial<typeof articles.$inferInsert> = { status: step.to };

  if (action === "publish" || action === "publish_changes") {
    const revisionId = await publishWorkingCopy(tx, actor, articleId, article.publishedAt ?? now, now);
    Object.assign(changes, { publishedAt: article.publishedAt ?? now, liveRevisionId: revisionId, publishAt: null });
  } else if (action === "schedule") {
    if (!request.at || Number.isNaN(request.at.getTime())) throw invalid("Choose when to publish.", { at: ["is required"] });
    if (request.at <= now) throw invalid("The publish time must be in the future.", { at: ["must be in the future"] });
    changes.publishAt = request.at;
  } else if (action === "cancel_schedule") {
    changes.publishAt = null;
  } else if (action === "unpublish") {
    await tx.delete(liveArticles).where(eq(liveArticles.articleId, articleId));
    changes.unpublishAt = null;
  } else if (action === "send_back") {
    changes.reviewNote = (request.note ?? "").trim().slice(0, 2000);
  }
  if (action === "submit") changes.reviewNote = "";

  const [updated] = await tx
    .update(articles)
    .set({ ...changes, version: article.version + 1, updatedAt: now })
    .where(eq(articles.id, articleId))
    .returning({ version: articles.version, status: articles.status });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `article.${action}`,
    entityType: "article",
    entityId: articleId,
    data: { from: article.status, to: step.to, ...(changes.publishAt ? { at: changes.publishAt.toISOString() } : {}) },
  });
  const liveAfter = await readLiveFootprint(tx, articleId);
  const touched = liveBefore || liveAfter ? tagsForLiveChange(liveBefore, liveAfter) : [];
  return { id: articleId, status: updated.status, version: updated.version, touchedTags: touched };
}


/** Snapshots the working copy as a publish revision and makes it the live copy. */
async function publishWorkingCopy(tx: Tx, actor: Actor, articleId: string, publishedAt: Date, now: Date) {
  const snapshot = await readSnapshot(tx, articleId);
  if (!snapshot) throw notFound("Article not found.");
  const [revision] = await tx
    .insert(articleRevisions)
    .values({
      articleId,
      number: await nextRevisionNumber(tx, articleId),
      kind: "publish",
      snapshot,
      authorId: actor.id,
      createdAt: now,
    })
    .returning({ id: articleRevisions.id });
  await keepOldUrlWorking(tx, articleId, snapshot.slug);
  const live = {
    revisionId: revision.id,
    slug: snapshot.slug,
    title: snapshot.title,
    dek: snapshot.dek,
    bodyHtml: renderHtml(snapshot.body),
    bodyText: renderPlainText(snapshot.body),
    sectionId: snapshot.sectionId,
    tagIds: snapshot.tagIds,
    authorIds: snapshot.bylineIds,
    heroImageUrl: snapshot.heroImageUrl,
    heroImageAlt: snapshot.heroImageAlt,
    heroImageCredit: snapshot.heroImageCredit,
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
    correctionNote: snapshot.correctionNote,
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
  const [current] = await tx
    .select({ slug: liveArticles.slug })
    .from(liveArticles)
    .where(eq(liveArticles.articleId, articleId));
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, newSlug));
  if (current && current.slug !== newSlug) {
    await tx
      .insert(slugRedirects)
      .values({ oldSlug: current.slug, articleId })
      .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId } });
  }
}
