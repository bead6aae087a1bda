// The working copy as the editor screen needs it.
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articles, articleTags, liveArticles, tags, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { ArticleDocument } from "@/lib/content/document";
import { type Action, availableActions, nextStatus, type Status } from "@/lib/publishing/status-machine";
import { articlePath } from "./dto";
import { mayEditArticle } from "./working-copy";

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
  fields: {
    title: string;
    dek: string;
    slug: string;
    body: ArticleDocument;
    sectionId: string | null;
    heroImageUrl: string;
    heroImageAlt: string;
    heroImageCredit: string;
    seoTitle: string;
    seoDescription: string;
    correctionNote: string;
  };
  tags: { id: string; slug: string; name: string; kind: string }[];
  /** Names only: the editor page goes to contributors too, who need no staff emails. */
  bylines: { id: string; name: string }[];
  /** Workflow actions this actor may take now. */
  actions: Action[];
  canEdit: boolean;
  canChangeBylines: boolean;
};

export async function getArticleForEditor({ actor, id }: { actor: Actor; id: string }): Promise<EditorArticle | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  if (!row || row.deletedAt || !(await mayEditArticle(db, actor, row.createdById, id))) return null;
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
    db.select({ slug: liveArticles.slug }).from(liveArticles).where(inArray(liveArticles.articleId, [id])),
  ]);
  const editAny = can(actor.role, "article:edit-any");
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
    fields: {
      title: row.title,
      dek: row.dek,
      slug: row.slug,
      body: row.body,
      sectionId: row.sectionId,
      heroImageUrl: row.heroImageUrl ?? "",
      heroImageAlt: row.heroImageAlt,
      heroImageCredit: row.heroImageCredit,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      correctionNote: row.correctionNote,
    },
    tags: tagRows,
    bylines: bylineRows,
    actions: availableActions(row.status).filter((a) => {
      if (a === "cancel_unpublish" && !row.unpublishAt) return false;
      const step = nextStatus(row.status, a);
      return step.ok && can(actor.role, step.permission);
    }),
    canEdit: editAny || row.status === "draft",
    canChangeBylines: can(actor.role, "article:change-bylines"),
  };
}
