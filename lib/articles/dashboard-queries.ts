// Reads for the newsroom dashboard: working copies, whatever their status.
import "server-only";
import { and, count, desc, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articles, sections, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Status } from "@/lib/publishing/status-machine";

export type DashboardRow = {
  id: string;
  title: string;
  slug: string;
  status: Status;
  section: string | null;
  bylines: string[];
  updatedAt: string;
  publishAt: string | null;
};

/** Contributors see the articles they created or carry a byline on; editors see all. */
function visibleTo(actor: Actor): SQL | undefined {
  if (can(actor.role, "article:edit-any")) return undefined;
  return or(
    eq(articles.createdById, actor.id),
    exists(
      db
        .select({ one: sql`1` })
        .from(articleAuthors)
        .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, actor.id))),
    ),
  );
}

export async function listDashboardArticles({
  actor,
  status,
  limit = 50,
}: {
  actor: Actor;
  status?: Status;
  limit?: number;
}): Promise<DashboardRow[]> {
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      section: sections.name,
      updatedAt: articles.updatedAt,
      publishAt: articles.publishAt,
      bylines: sql<string[]>`coalesce((
        select array_agg(${users.name} order by ${articleAuthors.position})
        from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId}
        where ${articleAuthors.articleId} = ${articles.id}), '{}')`,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isNull(articles.deletedAt), visibleTo(actor), status ? eq(articles.status, status) : undefined))
    .orderBy(desc(articles.updatedAt))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    updatedAt: r.updatedAt.toISOString(),
    publishAt: r.publishAt?.toISOString() ?? null,
  }));
}

export async function countDashboardArticles({ actor }: { actor: Actor }): Promise<Record<Status, number>> {
  const rows = await db
    .select({ status: articles.status, n: count() })
    .from(articles)
    .where(and(isNull(articles.deletedAt), visibleTo(actor)))
    .groupBy(articles.status);
  const counts: Record<Status, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
