// The working copy as the editor screen needs it.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articleTags, liveArticles, tags, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { mayChangeBylines, mayEditInStatus, mayTakeAction } from "@/lib/auth/permissions";
import { type Action, availableActions, type Status } from "@/lib/publishing/status-machine";
import { articlePath } from "./dto";
import { type ArticleFormFields, columnFieldsOf } from "./shape";
import { findEditableArticle } from "./visibility";

export type EditorArticle = {
  id: string;
  version: number;
  status: Status;
  reviewNote: string;
  publishAt: string | null;
  unpublishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  liveUrl: string | null;
  fields: ArticleFormFields;
  tags: { id: string; slug: string; name: string; kind: string }[];
  /** Names only: the editor page goes to contributors too, who need no staff emails. */
  bylines: { id: string; name: string }[];
  /** Workflow actions this actor may take now. */
  actions: Action[];
  canEdit: boolean;
  canChangeBylines: boolean;
};

export async function getArticleForEditor({ actor, id }: { actor: Actor; id: string }): Promise<EditorArticle | null> {
  const row = await findEditableArticle(db, actor, id);
  if (!row) return null;
  const [tagRows, bylineRows, live] = await Promise.all([
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(articleTags.position)),
    db
      .select({ id: users.id, name: users.name })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
    db.select({ slug: liveArticles.slug }).from(liveArticles).where(eq(liveArticles.articleId, id)),
  ]);
  return {
    id,
    version: row.version,
    status: row.status,
    reviewNote: row.reviewNote,
    publishAt: row.publishAt?.toISOString() ?? null,
    unpublishAt: row.unpublishAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    liveUrl: live[0] ? articlePath(live[0].slug) : null,
    fields: { ...columnFieldsOf(row), heroImageUrl: row.heroImageUrl ?? "" },
    tags: tagRows,
    bylines: bylineRows,
    actions: availableActions(row.status).filter((a) => (a !== "cancel_unpublish" || !!row.unpublishAt) && mayTakeAction(actor, a)),
    canEdit: mayEditInStatus(actor, row.status),
    canChangeBylines: mayChangeBylines(actor),
  };
}
