// Reads behind the public tag, section and author pages and the content API:
// who or what a page is about, and the live articles filed under it, newest
// first. Uncached: lib/articles/listing-cache.ts wraps them. Only public
// fields leave this file (never a user's email, role or account state).
import "server-only";
import { and, arrayContains, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles, sections, tags, users } from "@/db/schema";
import type { ListCursor } from "@/lib/search/cursor";
import type { TagKind } from "@/lib/tags/kinds";
import type { ArticleSummary } from "./dto";
import { hydrate, liveSummaryColumns } from "./queries";

export type PublicTag = { id: string; slug: string; name: string; kind: TagKind; description: string };
export type PublicSection = { id: string; slug: string; name: string; description: string };
/** An author as readers see them: the id only ever names a cache tag. */
export type PublicAuthor = { id: string; slug: string; name: string; bio: string };

/** Which live articles a list shows; every field given must match. */
export type LiveFilter = { tagId?: string; sectionId?: string; authorId?: string };

/** A listed tag: one a contributor created has no public page until a story carrying it is published. */
export async function findTag({ slug }: { slug: string }): Promise<PublicTag | null> {
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind, description: tags.description })
    .from(tags)
    .where(and(eq(tags.slug, slug), isNotNull(tags.listedAt)));
  return row ?? null;
}

export async function findSection({ slug }: { slug: string }): Promise<PublicSection | null> {
  const [row] = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .where(eq(sections.slug, slug));
  return row ?? null;
}

/** Anyone with an author page address, active or not: a former writer's stories keep their byline. */
export async function findAuthor({ slug }: { slug: string }): Promise<PublicAuthor | null> {
  const [row] = await db.select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio }).from(users).where(eq(users.slug, slug));
  return row?.slug ? { ...row, slug: row.slug } : null;
}

/** The WHERE conditions of a filtered list of live articles. */
export function conditions(filter: LiveFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.tagId) where.push(arrayContains(liveArticles.tagIds, [filter.tagId]));
  if (filter.sectionId) where.push(eq(liveArticles.sectionId, filter.sectionId));
  if (filter.authorId) where.push(arrayContains(liveArticles.authorIds, [filter.authorId]));
  return where;
}

export const newestFirst = [desc(liveArticles.publishedAt), desc(liveArticles.articleId)];

/** Page `page` (from 1) of the filtered list, and how many articles the whole list has. */
export async function listLivePage({
  filter,
  page,
  perPage,
}: {
  filter: LiveFilter;
  page: number;
  perPage: number;
}): Promise<{ items: ArticleSummary[]; total: number }> {
  const where = and(...conditions(filter));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(liveSummaryColumns)
      .from(liveArticles)
      .where(where)
      .orderBy(...newestFirst)
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: count() }).from(liveArticles).where(where),
  ]);
  const byId = await hydrate(rows);
  return { items: rows.map((r) => byId.get(r.articleId)!), total };
}

// Exact to the microsecond (a JS Date keeps milliseconds), so a page never skips or repeats a row.
const publishedUs = sql<string>`(extract(epoch from date_trunc('second', ${liveArticles.publishedAt}))::bigint * 1000000
  + extract(microseconds from ${liveArticles.publishedAt})::bigint % 1000000)::text`;

/** Up to `limit` articles of the filtered list after `after` (keyset), and the key to continue from when there are more. */
export async function listLiveAfter({
  filter,
  limit,
  after,
}: {
  filter: LiveFilter;
  limit: number;
  after?: ListCursor;
}): Promise<{ items: ArticleSummary[]; next: ListCursor | null }> {
  const where = conditions(filter);
  if (after) {
    where.push(
      sql`(${liveArticles.publishedAt}, ${liveArticles.articleId}) < (timestamptz 'epoch' + ${after.publishedUs}::bigint * interval '1 microsecond', ${after.id}::uuid)`,
    );
  }
  const rows = await db
    .select({ live: liveSummaryColumns, publishedUs })
    .from(liveArticles)
    .where(and(...where))
    .orderBy(...newestFirst)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const byId = await hydrate(page.map((r) => r.live));
  const last = page.at(-1);
  return {
    items: page.map((r) => byId.get(r.live.articleId)!),
    next: rows.length > limit && last ? { publishedUs: last.publishedUs, id: last.live.articleId } : null,
  };
}
