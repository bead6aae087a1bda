// Reading and writing an article's working copy inside a transaction:
// the snapshot a revision stores, and what readers currently see of it.
import "server-only";
import { asc, eq, inArray, like, max } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articleAuthors, articleRevisions, articles, articleTags, liveArticles, sections, slugRedirects, tags } from "@/db/schema";
import type { LiveFootprint } from "@/lib/cache/tags";
import { columnFieldsOf, type RevisionSnapshot } from "./shape";
import { firstFreeSlug } from "./slug";

export async function readSnapshot(tx: Executor, articleId: string): Promise<RevisionSnapshot | null> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, articleId));
  if (!row) return null;
  const tagRows = await tx
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position));
  const authorRows = await tx
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  return {
    ...columnFieldsOf(row),
    tagIds: tagRows.map((r) => r.tagId),
    bylineIds: authorRows.map((r) => r.userId),
  };
}

export async function replaceTagsAndBylines(tx: Executor, articleId: string, tagIds: readonly string[], bylineIds: readonly string[]): Promise<void> {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (tagIds.length) {
    await tx.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId, tagId, position })));
  }
  if (bylineIds.length) {
    await tx.insert(articleAuthors).values(bylineIds.map((userId, position) => ({ articleId, userId, position })));
  }
}

export async function nextRevisionNumber(tx: Executor, articleId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(articleRevisions.number) })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId));
  return (row?.last ?? 0) + 1;
}

/** A slug no other article uses, now or as an old URL that redirects. */
export async function claimFreeSlug(tx: Executor, base: string, articleId?: string): Promise<string> {
  const pattern = `${base}%`;
  const used = await tx.select({ slug: articles.slug, id: articles.id }).from(articles).where(like(articles.slug, pattern));
  const redirected = await tx
    .select({ slug: slugRedirects.oldSlug, id: slugRedirects.articleId })
    .from(slugRedirects)
    .where(like(slugRedirects.oldSlug, pattern));
  const taken = new Set([...used, ...redirected].filter((r) => r.id !== articleId).map((r) => r.slug));
  return firstFreeSlug(base, taken);
}

/** What readers currently see of the article, for computing cache tags. */
export async function readLiveFootprint(tx: Executor, articleId: string): Promise<LiveFootprint | null> {
  const [live] = await tx
    .select({
      id: liveArticles.articleId,
      slug: liveArticles.slug,
      tagIds: liveArticles.tagIds,
      authorIds: liveArticles.authorIds,
      sectionSlug: sections.slug,
    })
    .from(liveArticles)
    .leftJoin(sections, eq(sections.id, liveArticles.sectionId))
    .where(eq(liveArticles.articleId, articleId));
  if (!live) return null;
  const tagRows = live.tagIds.length ? await tx.select({ slug: tags.slug }).from(tags).where(inArray(tags.id, live.tagIds)) : [];
  return {
    id: live.id,
    slug: live.slug,
    sectionSlug: live.sectionSlug,
    tagSlugs: tagRows.map((t) => t.slug),
    authorIds: live.authorIds,
  };
}
