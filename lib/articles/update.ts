// Saving an article's working copy: manual saves, autosaves and restores.
// One transaction: version check, the new working copy, a revision.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { articleRevisions, articles } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { mayEditInStatus, mayReplaceBylines } from "@/lib/auth/permissions";
import { renderHtml } from "@/lib/content/render";
import { libraryImagesFor } from "@/lib/media/body-images";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import { articleFieldsSchema, type ArticleFieldsInput, columnFieldsOf, type RevisionSnapshot } from "./shape";
import { checkMediaRefs } from "./media-refs";
import { pruneAutosaves } from "./quotas";
import { slugify } from "./slug";
import { findEditableArticle } from "./visibility";
import { claimFreeSlug, nextRevisionNumber, readSnapshot, replaceTagsAndBylines } from "./working-copy";

/** Consecutive autosaves by one person within this window update one revision. */
const AUTOSAVE_WINDOW_MS = 10 * 60_000;

export type SaveKind = "save" | "autosave" | "restore";

export type SaveRequest = {
  actor: Actor;
  articleId: string;
  version: number;
  fields: Partial<ArticleFieldsInput>;
  kind?: SaveKind;
  now?: Date;
};

export type SavedArticle = { id: string; slug: string; version: number; updatedAt: string };

const partialFields = articleFieldsSchema.partial().strict();

export async function saveArticle(request: SaveRequest, executor: Executor = db): Promise<SavedArticle> {
  const parsed = partialFields.safeParse(request.fields);
  if (!parsed.success) throw invalid("Some fields are not valid.", fieldErrors(parsed.error.issues));
  // Defaults in the schema are for new articles; a save changes only what it sent.
  const sent = Object.keys(request.fields).filter((k) => (request.fields as Record<string, unknown>)[k] !== undefined);
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([k]) => sent.includes(k))) as Partial<ArticleFieldsInput>;
  return executor.transaction((tx) => applySave(tx, request, fields));
}

async function applySave(tx: Tx, request: SaveRequest, fields: Partial<ArticleFieldsInput>): Promise<SavedArticle> {
  const { actor, articleId } = request;
  const now = request.now ?? new Date();
  const kind = request.kind ?? "save";
  const article = await findEditableArticle(tx, actor, articleId, { forUpdate: true });
  if (!article) throw notFound("Article not found.");
  if (article.version !== request.version) {
    throw new AppError("conflict", "Someone else saved this article after you opened it.", {
      currentVersion: article.version,
      current: await readSnapshot(tx, articleId),
    });
  }
  if (!mayEditInStatus(actor, article.status)) {
    throw forbidden("This article is with the editors; it can be changed again once it is sent back.");
  }
  const current = (await readSnapshot(tx, articleId))!;
  const next = merge(current, fields);
  if (fields.slug === undefined && next.title !== current.title && !article.publishedAt && isDerivedSlug(current)) {
    // Never published and never given a slug by hand: the slug follows the title.
    next.slug = await claimFreeSlug(tx, slugify(next.title) || current.slug, articleId);
  }
  if (!mayReplaceBylines(actor, current.bylineIds, next.bylineIds)) {
    throw forbidden("Only editors can change bylines.");
  }
  if (fields.heroMediaId !== undefined || fields.body !== undefined) await checkMediaRefs(tx, next);
  if (next.slug !== current.slug) {
    const free = await claimFreeSlug(tx, next.slug, articleId);
    if (free !== next.slug) throw invalid("That slug is taken.", { slug: ["is already used by another article"] });
  }
  await tx
    .update(articles)
    .set({
      ...columnFieldsOf(next),
      bodyHtml: renderHtml(next.body, await libraryImagesFor(tx, next.body)),
      version: article.version + 1,
      updatedAt: now,
    })
    .where(eq(articles.id, articleId));
  await replaceTagsAndBylines(tx, articleId, next.tagIds, next.bylineIds);
  await recordRevision(tx, { actor, articleId, kind, snapshot: next, now });
  if (kind !== "autosave") {
    await recordAudit(tx, { actorId: actor.id, action: `article.${kind}`, entityType: "article", entityId: articleId });
  }
  return { id: articleId, slug: next.slug, version: article.version + 1, updatedAt: now.toISOString() };
}

function merge(current: RevisionSnapshot, fields: Partial<ArticleFieldsInput>): RevisionSnapshot {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<RevisionSnapshot>;
  const next = { ...current, ...defined };
  if (fields.heroImageUrl !== undefined) next.heroImageUrl = fields.heroImageUrl || null;
  return next;
}

function isDerivedSlug(snapshot: RevisionSnapshot): boolean {
  const base = slugify(snapshot.title);
  return snapshot.slug === base || new RegExp(`^${base}-\\d+$`).test(snapshot.slug);
}

async function recordRevision(
  tx: Tx,
  { actor, articleId, kind, snapshot, now }: { actor: Actor; articleId: string; kind: SaveKind; snapshot: RevisionSnapshot; now: Date },
) {
  if (kind === "autosave") {
    const [last] = await tx
      .select({ id: articleRevisions.id, kind: articleRevisions.kind, authorId: articleRevisions.authorId, createdAt: articleRevisions.createdAt })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.number))
      .limit(1);
    if (last && last.kind === "autosave" && last.authorId === actor.id && now.getTime() - last.createdAt.getTime() < AUTOSAVE_WINDOW_MS) {
      await tx
        .update(articleRevisions)
        .set({ snapshot, createdAt: now })
        .where(and(eq(articleRevisions.id, last.id), eq(articleRevisions.kind, "autosave")));
      return;
    }
  }
  await tx.insert(articleRevisions).values({
    articleId,
    number: await nextRevisionNumber(tx, articleId),
    kind,
    snapshot,
    authorId: actor.id,
    createdAt: now,
  });
  if (kind === "autosave") await pruneAutosaves(tx, articleId);
}
