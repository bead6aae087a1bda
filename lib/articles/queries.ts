// Reads of what readers see (live articles). Uncached: lib/articles/cached.ts,
// lib/entities/cached.ts and lib/feeds/cached.ts wrap them.
import "server-only";
import { and, count, desc, eq, gte, inArray, isNotNull, max, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles, sections, slugRedirects, tags, users } from "@/db/schema";
import type { LiveFilter } from "@/lib/entities/kinds";
import { liveConditions } from "@/lib/entities/queries";
import type { TagKind } from "@/lib/tags/kinds";
import type { Keyset } from "./cursor";
import { type ArticleSummary, articlePath, type PublicArticle, type TagRef } from "./dto";
import type { MediaDto } from "@/lib/media/dto";
import { heroFromMedia } from "@/lib/media/hero-image";
import { getMediaByIds } from "@/lib/media/queries";
import { usableImageUrl } from "./image-url";
import { afterKey, microsOf } from "./keyset";

type LiveRow = typeof liveArticles.$inferSelect;

/**
 * The columns a list of stories shows. Lists select these, never the body,
 * its text or the search vector: those are large and stored compressed
 * (TOAST), and reading them for 20 rows costs more than the rest of the query.
 */
export const liveSummaryColumns = {
  articleId: liveArticles.articleId,
  slug: liveArticles.slug,
  title: liveArticles.title,
  dek: liveArticles.dek,
  sectionId: liveArticles.sectionId,
  tagIds: liveArticles.tagIds,
  authorIds: liveArticles.authorIds,
  heroImageUrl: liveArticles.heroImageUrl,
  heroMediaId: liveArticles.heroMediaId,
  heroImageAlt: liveArticles.heroImageAlt,
  heroImageCredit: liveArticles.heroImageCredit,
  publishedAt: liveArticles.publishedAt,
  updatedAt: liveArticles.updatedAt,
};
export type LiveSummaryRow = Pick<LiveRow, keyof typeof liveSummaryColumns>;

export async function hydrate(rows: LiveSummaryRow[]): Promise<Map<string, ArticleSummary>> {
  const tagIds = [...new Set(rows.flatMap((r) => r.tagIds))];
  const authorIds = [...new Set(rows.flatMap((r) => r.authorIds))];
  const sectionIds = [...new Set(rows.flatMap((r) => (r.sectionId ? [r.sectionId] : [])))];
  const mediaIds = [...new Set(rows.flatMap((r) => (r.heroMediaId ? [r.heroMediaId] : [])))];
  const [tagRows, authorRows, sectionRows, media] = await Promise.all([
    // Only listed tags: every tag on a live story is listed when it is published; this keeps it so.
    tagIds.length
      ? db
          .select({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind })
          .from(tags)
          .where(and(inArray(tags.id, tagIds), isNotNull(tags.listedAt)))
      : [],
    authorIds.length ? db.select({ id: users.id, name: users.name, slug: users.slug }).from(users).where(inArray(users.id, authorIds)) : [],
    sectionIds.length ? db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).where(inArray(sections.id, sectionIds)) : [],
    getMediaByIds({ ids: mediaIds }),
  ]);
  const tagById = new Map(tagRows.map((t) => [t.id, { slug: t.slug, name: t.name, kind: t.kind }]));
  const authorById = new Map(authorRows.map((a) => [a.id, a]));
  const sectionById = new Map(sectionRows.map((s) => [s.id, { slug: s.slug, name: s.name }]));
  return new Map(
    rows.map((r) => [
      r.articleId,
      {
        id: r.articleId,
        slug: r.slug,
        title: r.title,
        dek: r.dek,
        url: articlePath(r.slug),
        publishedAt: r.publishedAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        section: (r.sectionId && sectionById.get(r.sectionId)) || null,
        heroImage: heroImageOf(r, media),
        tags: r.tagIds.flatMap((id) => tagById.get(id) ?? []),
        bylines: r.authorIds.flatMap((id) => authorById.get(id) ?? []),
      },
    ]),
  );
}

/** The hero image as readers get it: the library item's (see lib/media/hero-image.ts), else the stored address; none when that is not a usable one. */
export function heroImageOf(
  row: Pick<LiveRow, "heroImageUrl" | "heroMediaId" | "heroImageAlt" | "heroImageCredit">,
  media: ReadonlyMap<string, MediaDto>,
): ArticleSummary["heroImage"] {
  const item = row.heroMediaId ? media.get(row.heroMediaId) : undefined;
  if (item) return heroFromMedia(item, { alt: row.heroImageAlt, credit: row.heroImageCredit });
  const url = usableImageUrl(row.heroImageUrl);
  return url ? { url, alt: row.heroImageAlt, credit: row.heroImageCredit } : null;
}

export async function getLiveArticleBySlug({ slug }: { slug: string }): Promise<PublicArticle | null> {
  const [row] = await db
    .select({
      ...liveSummaryColumns,
      bodyHtml: liveArticles.bodyHtml,
      correctionNote: liveArticles.correctionNote,
      seoTitle: liveArticles.seoTitle,
      seoDescription: liveArticles.seoDescription,
    })
    .from(liveArticles)
    .where(eq(liveArticles.slug, slug));
  if (!row) return null;
  const summary = (await hydrate([row])).get(row.articleId)!;
  return {
    ...summary,
    bodyHtml: row.bodyHtml,
    correctionNote: row.correctionNote,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/** The current slug of a live article that used to live at `slug`. */
export async function findRedirect({ slug }: { slug: string }): Promise<string | null> {
  const [row] = await db
    .select({ slug: liveArticles.slug })
    .from(slugRedirects)
    .innerJoin(liveArticles, eq(liveArticles.articleId, slugRedirects.articleId))
    .where(eq(slugRedirects.oldSlug, slug));
  return row?.slug ?? null;
}

export type LiveList<T> = { items: T[]; next: Keyset | null };
type LiveListInput = {
  /** The entity ids every article must be filed under; none lists every live article. */
  filter?: LiveFilter;
  limit: number;
  /** Keyset paging (the content API): the articles after this key. */
  after?: Keyset;
  /** Numbered pages (the tag, section and author pages): how many articles to skip. */
  offset?: number;
  /** With the body's HTML (feeds): never the plain text or the search vector, which nobody lists. */
  withBody?: boolean;
};

/**
 * The one list of live articles: filtered by entity, newest first (id as
 * tie-break), at most `limit`, after a keyset or an offset, with the key to
 * continue from when there are more.
 */
export function listLiveArticles(input: LiveListInput & { withBody: true }): Promise<LiveList<ArticleSummary & { bodyHtml: string }>>;
export function listLiveArticles(input: LiveListInput & { withBody?: false }): Promise<LiveList<ArticleSummary>>;
export async function listLiveArticles({ filter = {}, limit, after, offset = 0, withBody = false }: LiveListInput) {
  const where = liveConditions(filter);
  if (after) where.push(afterKey(liveArticles.publishedAt, liveArticles.articleId, after));
  const rows = await db
    .select({ live: liveSummaryColumns, us: microsOf(liveArticles.publishedAt), bodyHtml: withBody ? liveArticles.bodyHtml : sql<null>`null` })
    .from(liveArticles)
    .where(and(...where))
    .orderBy(desc(liveArticles.publishedAt), desc(liveArticles.articleId))
    .limit(limit + 1)
    .offset(offset);
  const page = rows.slice(0, limit);
  const byId = await hydrate(page.map((r) => r.live));
  const last = page.at(-1);
  return {
    items: page.map((r) => (withBody ? { ...byId.get(r.live.articleId)!, bodyHtml: r.bodyHtml } : byId.get(r.live.articleId)!)),
    next: rows.length > limit && last ? { us: last.us, id: last.live.articleId } : null,
  };
}

export async function listSections(): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: sections.slug, name: sections.name }).from(sections).orderBy(sections.position);
}

/** The show (or film…) with the most live coverage in the last `days` days: the home page's rail. */
export async function findBusiestTag({ kinds, days }: { kinds: TagKind[]; days: number }): Promise<TagRef | null> {
  const since = new Date(Date.now() - days * 86_400_000);
  const [row] = await db
    .select({ slug: tags.slug, name: tags.name, kind: tags.kind })
    .from(liveArticles)
    .innerJoin(tags, sql`${tags.id} = any(${liveArticles.tagIds})`)
    .where(and(gte(liveArticles.publishedAt, since), inArray(tags.kind, kinds), isNotNull(tags.listedAt)))
    .groupBy(tags.slug, tags.name, tags.kind)
    .orderBy(desc(count()), desc(max(liveArticles.publishedAt)))
    .limit(1);
  return row ?? null;
}
