// Reads for the Admin API: working copies with their tags, bylines and
// section, keyset-paged; and the look-ups that turn the API's slugs, names
// and emails into ids. Contributors see only what the dashboard shows them.
import "server-only";
import { dashboardWhere } from "./dashboard-queries";
import { visibleArticlesTo } from "./visibility";
import { and, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articles, articleTags, liveArticles, sections, tags, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { TagKind } from "@/lib/tags/kinds";
import type { Status } from "@/lib/publishing/status-machine";
import type { Keyset } from "./cursor";
import { afterKey, microsOf } from "./keyset";
import type { ArticleColumns } from "./shape";

export type ApiTagRef = { slug: string; name: string; kind: TagKind };
export type ApiBylineRef = { id: string; name: string; email: string };
export type ApiSectionRef = { slug: string; name: string };
/** A position in the list: updated_at in whole microseconds since the epoch, and the id. */
export type ListKey = Keyset;

export type ApiListRow = {
  id: string;
  slug: string;
  title: string;
  status: Status;
  version: number;
  updatedAt: Date;
  publishAt: Date | null;
  section: ApiSectionRef | null;
  tags: ApiTagRef[];
  bylines: ApiBylineRef[];
  key: ListKey;
};

const tagsJson = sql<ApiTagRef[]>`coalesce((
  select json_agg(json_build_object('slug', ${tags.slug}, 'name', ${tags.name}, 'kind', ${tags.kind}) order by ${articleTags.position})
  from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId}
  where ${articleTags.articleId} = ${articles.id}), '[]'::json)`;
const bylinesJson = sql<ApiBylineRef[]>`coalesce((
  select json_agg(json_build_object('id', ${users.id}, 'name', ${users.name}, 'email', ${users.email}) order by ${articleAuthors.position})
  from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId}
  where ${articleAuthors.articleId} = ${articles.id}), '[]'::json)`;
const sectionJson = sql<ApiSectionRef | null>`case when ${sections.id} is null then null
  else json_build_object('slug', ${sections.slug}, 'name', ${sections.name}) end`;

export async function listArticlesForApi({
  actor,
  filter,
}: {
  actor: Actor;
  filter: { status?: Status; tag?: string; q?: string; after?: ListKey; limit: number };
}): Promise<{ rows: ApiListRow[]; hasMore: boolean }> {
  // The dashboard's filters, so the API lists what the dashboard would.
  const conditions: (SQL | undefined)[] = [dashboardWhere(actor, filter)];
  if (filter.after) conditions.push(afterKey(articles.updatedAt, articles.id, filter.after));
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      version: articles.version,
      updatedAt: articles.updatedAt,
      publishAt: articles.publishAt,
      section: sectionJson,
      tags: tagsJson,
      bylines: bylinesJson,
      updatedUs: microsOf(articles.updatedAt),
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...conditions))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(filter.limit + 1);
  return {
    rows: rows.slice(0, filter.limit).map(({ updatedUs: us, ...row }) => ({ ...row, key: { us, id: row.id } })),
    hasMore: rows.length > filter.limit,
  };
}

/**
 * A working copy as the Admin API reads it: the editable fields as stored
 * (lib/articles/shape.ts), except the body, rendered, and the section, tags
 * and bylines, as references; and the workflow state.
 */
export type ApiArticleRecord = Omit<ArticleColumns, "body" | "sectionId"> & {
  id: string;
  status: Status;
  version: number;
  bodyHtml: string;
  section: ApiSectionRef | null;
  tags: ApiTagRef[];
  bylines: ApiBylineRef[];
  reviewNote: string;
  publishAt: Date | null;
  unpublishAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The slug readers see, while the article is live. */
  liveSlug: string | null;
};

/** One working copy as the API shows it, or null when it does not exist or the actor may not see it. */
export async function getArticleForApi({ actor, id }: { actor: Actor; id: string }): Promise<ApiArticleRecord | null> {
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      version: articles.version,
      title: articles.title,
      dek: articles.dek,
      bodyHtml: articles.bodyHtml,
      section: sectionJson,
      tags: tagsJson,
      bylines: bylinesJson,
      heroImageUrl: articles.heroImageUrl,
      heroMediaId: articles.heroMediaId,
      heroImageAlt: articles.heroImageAlt,
      heroImageCredit: articles.heroImageCredit,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      correctionNote: articles.correctionNote,
      reviewNote: articles.reviewNote,
      publishAt: articles.publishAt,
      unpublishAt: articles.unpublishAt,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
      liveSlug: liveArticles.slug,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(liveArticles, eq(liveArticles.articleId, articles.id))
    .where(and(eq(articles.id, id), isNull(articles.deletedAt), visibleArticlesTo(actor)));
  return row ?? null;
}

export async function findSectionBySlug({ slug }: { slug: string }): Promise<{ id: string } | null> {
  const [row] = await db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  return row ?? null;
}

/** Tags whose slug, or name in any case, is one of `refs`. */
export async function findTagsByRefs({ refs }: { refs: string[] }): Promise<{ id: string; slug: string; name: string }[]> {
  if (!refs.length) return [];
  const lowered = refs.map((r) => r.toLowerCase());
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(or(inArray(tags.slug, refs), inArray(sql`lower(${tags.name})`, lowered)));
}

/** Users whose email, in any case, is one of `emails`. */
export async function findUsersByEmails({ emails }: { emails: string[] }): Promise<{ id: string; email: string }[]> {
  if (!emails.length) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        sql`lower(${users.email})`,
        emails.map((e) => e.toLowerCase()),
      ),
    );
}
