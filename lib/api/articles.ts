// The Admin API's article operations, behind the route handlers (which own
// authentication and body parsing through defineRoute). Writes go through
// the same commands as the editor: createArticle, saveArticle, transitionArticle.
import "server-only";
import { db } from "@/db/client";
import { createArticle } from "@/lib/articles/commands";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import { getArticleForApi, listArticlesForApi } from "@/lib/articles/api-queries";
import { decodeCursor, encodeCursor } from "@/lib/articles/cursor";
import { listRevisions } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/update";
import type { Actor } from "@/lib/auth/actor";
import { mayEditInStatus, mayReplaceBylines } from "@/lib/auth/permissions";
import { transitionArticle } from "@/lib/publishing/commands";
import { invalidateListedTags } from "@/lib/tags/commands";
import type { Action } from "@/lib/publishing/status-machine";
import { createMissingTags, resolveArticleInput } from "./article-input";
import { toApiArticle, toApiListItem } from "./article-json";
import { type ArticleCreateInput, articleListQuerySchema, type ArticlePatchInput, type ApiArticle, workflowRoutes, type WorkflowSegment } from "./schemas";
import { isUuid } from "@/lib/params";

/** The article id from the path; anything that is not a UUID is simply not found. */
export function articleIdParam(id: string | undefined): string {
  if (!id || !isUuid(id)) throw notFound("Article not found.");
  return id.toLowerCase();
}

export async function readArticle(actor: Actor, id: string): Promise<ApiArticle> {
  const record = await getArticleForApi({ actor, id });
  if (!record) throw notFound("Article not found.");
  return toApiArticle(record);
}

export async function listArticles(actor: Actor, searchParams: URLSearchParams) {
  const query = Object.fromEntries([...searchParams].filter(([, value]) => value !== ""));
  const parsed = articleListQuerySchema.safeParse(query);
  if (!parsed.success) throw invalid("The query string is not valid.", fieldErrors(parsed.error.issues));
  const { cursor, ...filter } = parsed.data;
  const { rows, hasMore } = await listArticlesForApi({ actor, filter: { ...filter, after: cursor ? decodeCursor(cursor) : undefined } });
  return { items: rows.map(toApiListItem), nextCursor: hasMore && rows.length ? encodeCursor(rows[rows.length - 1].key) : null };
}

export async function createArticleFromApi(actor: Actor, input: ArticleCreateInput): Promise<ApiArticle> {
  const resolved = await resolveArticleInput(actor, input);
  const bylineIds = resolved.fields.bylineIds;
  if (bylineIds && !mayReplaceBylines(actor, [actor.id], bylineIds)) {
    // createArticle would quietly put the contributor's name instead; an API client should hear it.
    throw forbidden("Only editors can choose bylines; your articles carry your name.");
  }
  // One transaction: a story refused (its quota, a taken slug) leaves none of its new tags behind.
  const { created, listedSlugs } = await db.transaction(async (tx) => {
    const { fields, listedSlugs } = await createMissingTags(tx, actor, resolved);
    return { created: await createArticle({ actor, fields: { ...fields, title: input.title } }, tx), listedSlugs };
  });
  await invalidateListedTags({ listedSlugs });
  return readArticle(actor, created.id);
}

export async function updateArticleFromApi(actor: Actor, id: string, input: ArticlePatchInput): Promise<ApiArticle> {
  const { version, ...changes } = input;
  const current = await readArticle(actor, id);
  const resolved = await resolveArticleInput(actor, changes);
  // saveArticle decides all of this again under a row lock; checking first
  // answers before any tag is looked at.
  if (current.version !== version) throw conflict(current);
  if (!mayEditInStatus(actor, current.status)) {
    throw forbidden("This article is with the editors; it can be changed again once it is sent back.");
  }
  const bylineIds = resolved.fields.bylineIds;
  if (
    bylineIds &&
    !mayReplaceBylines(
      actor,
      current.bylines.map((b) => b.id),
      bylineIds,
    )
  ) {
    throw forbidden("Only editors can change bylines.");
  }
  let listedSlugs: string[];
  try {
    // One transaction: a refused save leaves none of its new tags behind.
    listedSlugs = await db.transaction(async (tx) => {
      const created = await createMissingTags(tx, actor, resolved);
      await saveArticle({ actor, articleId: id, version, fields: created.fields }, tx);
      return created.listedSlugs;
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") throw conflict(await readArticle(actor, id));
    throw error;
  }
  await invalidateListedTags({ listedSlugs });
  return readArticle(actor, id);
}

function conflict(current: ApiArticle) {
  return new AppError("conflict", "Someone else saved this article after you read it. Nothing was changed; apply your edit to the current version.", {
    currentVersion: current.version,
    current,
  });
}

export async function runWorkflowAction(
  actor: Actor,
  id: string,
  segment: WorkflowSegment,
  body: { version: number; at?: string; unpublishAt?: string | null; note?: string },
): Promise<ApiArticle> {
  let action: Action = workflowRoutes[segment].action;
  if (action === "publish") {
    const current = await readArticle(actor, id);
    if (current.status === "published") action = "publish_changes";
  }
  await transitionArticle({
    actor,
    articleId: id,
    action,
    version: body.version,
    at: body.at ? new Date(body.at) : undefined,
    unpublishAt: body.unpublishAt == null ? body.unpublishAt : new Date(body.unpublishAt),
    note: body.note,
  });
  return readArticle(actor, id);
}

export async function listArticleRevisions(actor: Actor, id: string) {
  const revisions = await listRevisions({ actor, articleId: id });
  return { items: revisions.map(({ number, kind, author, createdAt, title }) => ({ number, kind, author, createdAt, title })) };
}
