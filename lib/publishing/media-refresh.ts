// A library item changed (its file, alt text, caption or credit): the stored
// HTML of every body showing it is rendered again, the working copies' and
// the live copies' (from the live revision's document), in the caller's
// transaction. Nothing else of the story changes: no revision, and readers
// see the same story with the item as it is now. The caller invalidates the
// live pages' tags after the commit.
import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { articleRevisions, articles, liveArticles } from "@/db/schema";
import type { ArticleDocument } from "@/lib/content/document";
import { renderHtml } from "@/lib/content/render";
import { libraryImagesFor } from "@/lib/media/body-images";
import { bodyShowsMedia } from "@/lib/media/usage";

export async function rerenderBodiesShowing(tx: Executor, mediaId: string): Promise<void> {
  const working = await tx.select({ id: articles.id, body: articles.body }).from(articles).where(bodyShowsMedia(mediaId));
  for (const row of working) {
    const bodyHtml = renderHtml(row.body, await libraryImagesFor(tx, row.body));
    await tx.update(articles).set({ bodyHtml }).where(eq(articles.id, row.id));
  }
  const live = await tx
    .select({ id: liveArticles.articleId, body: sql<ArticleDocument>`${articleRevisions.snapshot} -> 'body'` })
    .from(liveArticles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, liveArticles.revisionId))
    .where(sql`${liveArticles.mediaIds} @> array[${mediaId}]::uuid[]`);
  for (const row of live) {
    const bodyHtml = renderHtml(row.body, await libraryImagesFor(tx, row.body));
    await tx.update(liveArticles).set({ bodyHtml }).where(eq(liveArticles.articleId, row.id));
  }
}
