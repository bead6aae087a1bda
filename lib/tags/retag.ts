// Moving the stories of a tag that goes away: merged into another tag, or
// deleted. Inside the caller's transaction, per story (locked in id order):
// the working copy carries the new tag (or none) in the old one's place, with
// a new version, a revision and an audit event, as a save would; a live copy
// carrying the old tag changes the same way at once (readers must never be
// sent to a tag page that is gone). Returns the cache tags the live changes
// touched (tagsForLiveChange).
import "server-only";
import { arrayContains, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { articleRevisions, articles, articleTags, liveArticles } from "@/db/schema";
import { nextRevisionNumber, readLiveFootprint, readSnapshot, replaceTagsAndBylines } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { tagsForLiveChange } from "@/lib/cache/tags";
import { retagLiveCopy } from "@/lib/publishing/commands";

/** The stories whose working or live copy carries the tag, by id. */
export async function storiesCarrying(tx: Tx, tagId: string): Promise<string[]> {
  const working = await tx.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  const live = await tx
    .select({ id: liveArticles.articleId })
    .from(liveArticles)
    .where(arrayContains(liveArticles.tagIds, [tagId]));
  return [...new Set([...working, ...live].map((r) => r.id))].sort();
}

/** `ids` with `from` replaced by `to` (or dropped), each id once, first place kept. */
export function replaceTagId(ids: readonly string[], from: string, to: string | null): string[] {
  const out: string[] = [];
  for (const id of ids.map((i) => (i === from ? to : i))) if (id && !out.includes(id)) out.push(id);
  return out;
}

export type Retagged = { stories: number; touchedTags: string[] };

export async function retagStories(
  tx: Tx,
  actor: Actor,
  from: { id: string; slug: string },
  to: { id: string; slug: string } | null,
  now: Date,
): Promise<Retagged> {
  const ids = await storiesCarrying(tx, from.id);
  if (!ids.length) return { stories: 0, touchedTags: [] };
  const locked = await tx
    .select({ id: articles.id, version: articles.version })
    .from(articles)
    .where(inArray(articles.id, ids))
    .orderBy(articles.id)
    .for("update");
  const touched = new Set<string>();
  for (const article of locked) {
    const snapshot = (await readSnapshot(tx, article.id))!;
    if (snapshot.tagIds.includes(from.id)) {
      const next = { ...snapshot, tagIds: replaceTagId(snapshot.tagIds, from.id, to?.id ?? null) };
      await replaceTagsAndBylines(tx, article.id, next.tagIds, next.bylineIds);
      await tx
        .update(articles)
        .set({ version: article.version + 1, updatedAt: now })
        .where(eq(articles.id, article.id));
      const number = await nextRevisionNumber(tx, article.id);
      await tx.insert(articleRevisions).values({ articleId: article.id, number, kind: "save", snapshot: next, authorId: actor.id, createdAt: now });
    }
    const before = await readLiveFootprint(tx, article.id);
    const [live] = await tx.select({ tagIds: liveArticles.tagIds }).from(liveArticles).where(eq(liveArticles.articleId, article.id));
    const liveCarries = !!live?.tagIds.includes(from.id);
    if (liveCarries) {
      await retagLiveCopy(tx, article.id, from.id, to?.id ?? null);
      for (const tag of tagsForLiveChange(before, await readLiveFootprint(tx, article.id))) touched.add(tag);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.retag",
      entityType: "article",
      entityId: article.id,
      createdAt: now,
      data: { from: from.slug, to: to?.slug ?? null, live: liveCarries },
    });
  }
  return { stories: locked.length, touchedTags: [...touched] };
}
