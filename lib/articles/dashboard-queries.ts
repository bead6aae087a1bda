// Reads for the newsroom dashboard: working copies, whatever their status.
import "server-only";
import { hasByline, visibleArticlesTo } from "./visibility";
import { and, asc, count, desc, eq, exists, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { articleAuthors, articles, articleTags, sections, tags, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { type Status, statuses } from "@/lib/publishing/status-machine";

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

export const PAGE_SIZE = 25;
export const sortOptions = ["updated", "title", "status", "publish_at"] as const;

// Anything unreadable in the query string becomes "no filter": a bad link never breaks the page.
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
export const dashboardFilterSchema = z.object({
  status: loose(z.enum(statuses)),
  section: loose(z.string().max(80)),
  tag: loose(z.string().max(120)),
  author: loose(z.uuid()),
  q: loose(z.string().trim().max(200)),
  sort: z.enum(sortOptions).catch("updated").default("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** The working copies `actor` may see that pass the filter; the Admin API's list uses it too. */
export function dashboardWhere(actor: Actor, f: Omit<DashboardFilter, "sort" | "page">): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(articles.deletedAt), visibleArticlesTo(actor)];
  if (f.status) conditions.push(eq(articles.status, f.status));
  if (f.section) conditions.push(sql`${articles.sectionId} = (select id from ${sections} where ${sections.slug} = ${f.section})`);
  if (f.tag) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(articleTags)
          .innerJoin(tags, eq(tags.id, articleTags.tagId))
          .where(and(eq(articleTags.articleId, articles.id), or(eq(tags.slug, f.tag), sql`lower(${tags.name}) = lower(${f.tag})`))),
      ),
    );
  }
  if (f.author) conditions.push(hasByline(f.author));
  if (f.q) conditions.push(ilike(articles.title, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return and(...conditions);
}

const orderings: Record<DashboardFilter["sort"], SQL[]> = {
  updated: [desc(articles.updatedAt)],
  title: [asc(articles.title)],
  status: [asc(articles.status), desc(articles.updatedAt)],
  publish_at: [sql`${articles.publishAt} asc nulls last`, desc(articles.updatedAt)],
};

export async function listDashboardArticles({ actor, filter }: { actor: Actor; filter: DashboardFilter }) {
  const where = dashboardWhere(actor, filter);
  const [rows, [total]] = await Promise.all([
    db
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
      .where(where)
      .orderBy(...orderings[filter.sort], asc(articles.id))
      .limit(PAGE_SIZE)
      .offset((filter.page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    rows: rows.map((r): DashboardRow => ({ ...r, updatedAt: r.updatedAt.toISOString(), publishAt: r.publishAt?.toISOString() ?? null })),
  };
}

export async function countDashboardArticles({ actor }: { actor: Actor }): Promise<Record<Status, number>> {
  const rows = await db
    .select({ status: articles.status, n: count() })
    .from(articles)
    .where(and(isNull(articles.deletedAt), visibleArticlesTo(actor)))
    .groupBy(articles.status);
  const counts: Record<Status, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
