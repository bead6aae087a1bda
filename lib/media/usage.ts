// Which stories use a media item, derived from the articles themselves (no
// table to keep in step): a working copy uses it as its hero or in an image
// block of its body; a live copy lists it in live_articles.media_ids, which
// the publish step writes from the same two places. Both lookups are
// indexed (articles_hero_media_id_idx, the body's GIN index,
// live_articles_media_ids_idx).
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articles, liveArticles } from "@/db/schema";
import { readLiveFootprint } from "@/lib/articles/working-copy";
import { tagsForLiveChange } from "@/lib/cache/tags";
import type { ArticleDocument } from "@/lib/content/document";

export type MediaUse = { articleId: string; title: string; slug: string; inWorkingCopy: boolean; live: boolean };

/** The body containment pattern matching an image block showing `mediaId`. */
export const bodyShowsMedia = (mediaId: string): SQL => sql`${articles.body} @> ${JSON.stringify({ content: [{ type: "image", attrs: { mediaId } }] })}::jsonb`;

const workingUses = (mediaId: string): SQL => sql`(coalesce(${articles.heroMediaId} = ${mediaId}, false) or ${bodyShowsMedia(mediaId)})`;
const liveUses = (mediaId: string): SQL => sql`${liveArticles.mediaIds} @> array[${mediaId}]::uuid[]`;

/** Every story whose working or live copy shows the item, by title. */
export async function listMediaUses(tx: Executor, mediaId: string): Promise<MediaUse[]> {
  const rows = await tx.execute<{ article_id: string; title: string; slug: string; in_working_copy: boolean; live: boolean }>(sql`
    select ${articles.id} as article_id, ${articles.title} as title, ${articles.slug} as slug,
      ${workingUses(mediaId)} as in_working_copy,
      (${liveArticles.articleId} is not null) as live
    from ${articles}
    left join ${liveArticles} on ${liveArticles.articleId} = ${articles.id} and ${liveUses(mediaId)}
    where ${workingUses(mediaId)} or ${liveArticles.articleId} is not null
    order by ${articles.title}, ${articles.id}`);
  return rows.map((r) => ({ articleId: r.article_id, title: r.title, slug: r.slug, inWorkingCopy: r.in_working_copy, live: r.live }));
}

/** The ids of articles whose live copy shows the item. */
export async function liveArticleIdsUsing(tx: Executor, mediaId: string): Promise<string[]> {
  const rows = await tx.select({ id: liveArticles.articleId }).from(liveArticles).where(liveUses(mediaId));
  return rows.map((r) => r.id);
}

/** The cache tags of every page that shows the item in a live story. */
export async function liveTagsOf(tx: Executor, mediaId: string): Promise<string[]> {
  const tags = new Set<string>();
  for (const articleId of await liveArticleIdsUsing(tx, mediaId)) {
    const footprint = await readLiveFootprint(tx, articleId);
    for (const tag of tagsForLiveChange(footprint, footprint)) tags.add(tag);
  }
  return [...tags];
}

/** Every media id a story shows: its hero, then its body's image blocks, each once. */
export function mediaIdsOf(story: { heroMediaId: string | null; body: ArticleDocument }): string[] {
  const ids = new Set<string>();
  if (story.heroMediaId) ids.add(story.heroMediaId);
  for (const block of story.body.content) if (block.type === "image" && block.attrs.mediaId) ids.add(block.attrs.mediaId);
  return [...ids];
}

/** Number of stories showing the item (working or live copy), as a correlated subquery of a media list. */
export const usageCountOf = (mediaIdColumn: SQL | unknown): SQL<number> => sql<number>`(
  select count(*)::int from ${articles}
  where ${articles.heroMediaId} = ${mediaIdColumn}
    or ${articles.body} @> jsonb_build_object('content', jsonb_build_array(jsonb_build_object('type', 'image', 'attrs', jsonb_build_object('mediaId', ${mediaIdColumn}::text))))
    or exists (select 1 from ${liveArticles} where ${liveArticles.articleId} = ${articles.id} and ${liveArticles.mediaIds} @> array[${mediaIdColumn}]::uuid[]))`;
