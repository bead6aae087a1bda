// The media items a working copy names (its hero, its body's image blocks)
// must exist when it is written. Each is locked FOR KEY SHARE until the
// write commits, so a concurrent delete of the item (which locks it FOR
// UPDATE and checks usage, lib/media/commands.ts) waits and then sees the
// new use, or commits first and this write is refused.
import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { media } from "@/db/schema";
import type { ArticleDocument } from "@/lib/content/document";
import { invalid } from "@/lib/errors";

type Story = { heroMediaId: string | null; body: ArticleDocument };

/** Refuses (422, by field) a hero or body image naming an item that is not in the library. */
export async function checkMediaRefs(tx: Executor, story: Story): Promise<void> {
  const wanted = new Set<string>();
  if (story.heroMediaId) wanted.add(story.heroMediaId);
  for (const block of story.body.content) if (block.type === "image" && block.attrs.mediaId) wanted.add(block.attrs.mediaId);
  if (wanted.size === 0) return;
  const found = await tx
    .select({ id: media.id })
    .from(media)
    .where(inArray(media.id, [...wanted]))
    .for("key share");
  const present = new Set(found.map((r) => r.id));
  const fields: Record<string, string[]> = {};
  if (story.heroMediaId && !present.has(story.heroMediaId)) fields.heroMediaId = ["is not an image in the library"];
  story.body.content.forEach((block, index) => {
    if (block.type === "image" && block.attrs.mediaId && !present.has(block.attrs.mediaId)) {
      (fields.body ??= []).push(`image ${index + 1} is not in the library (it may have been deleted)`);
    }
  });
  if (Object.keys(fields).length > 0) throw invalid("An image the story uses is not in the library.", fields);
}

/** The story without references to items that are gone (for restoring an old revision). */
export async function withoutMissingMedia<T extends Story>(tx: Executor, story: T): Promise<T> {
  const ids = [story.heroMediaId, ...story.body.content.map((b) => (b.type === "image" ? b.attrs.mediaId : undefined))].filter((id): id is string => !!id);
  if (ids.length === 0) return story;
  const present = new Set((await tx.select({ id: media.id }).from(media).where(inArray(media.id, ids))).map((r) => r.id));
  return {
    ...story,
    heroMediaId: story.heroMediaId && present.has(story.heroMediaId) ? story.heroMediaId : null,
    body: { ...story.body, content: story.body.content.filter((b) => b.type !== "image" || !b.attrs.mediaId || present.has(b.attrs.mediaId)) },
  };
}
