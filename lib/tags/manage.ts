// Tag management by editors: change a tag (name, slug, kind, description,
// image), merge one into another, delete one. Each is one transaction with
// its audit events; stories that carry a merged or deleted tag change with it
// (./retag.ts). The cache tags of everything that showed the old value are
// invalidated after the commit (docs/architecture.md, "Publishing path").
import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { media, type Tag, tagRedirects, tags } from "@/db/schema";
import { readLiveFootprint } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags, tagsForStoriesShowing } from "@/lib/cache/tags";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import { type AdminTag, getAdminTag } from "./admin-queries";
import { retagStories, storiesCarrying } from "./retag";
import { type TagPatch, tagPatchSchema } from "./schemas";

type Options = { executor?: Executor; now?: Date };
export type TagChange = { tag: AdminTag; touchedTags: string[] };

function assertMayManage(actor: Actor) {
  if (!can(actor.role, "tag:manage")) throw forbidden("Only editors can change, merge or delete tags.");
}

async function lockTags(tx: Tx, ids: string[]): Promise<Map<string, Tag>> {
  const rows = await tx.select().from(tags).where(inArray(tags.id, ids)).orderBy(tags.id).for("update");
  return new Map(rows.map((r) => [r.id, r]));
}

/** The slugs that redirect to the tag: their cached redirects must follow it. */
async function redirectSlugsOf(tx: Tx, tagId: string): Promise<string[]> {
  return (await tx.select({ slug: tagRedirects.oldSlug }).from(tagRedirects).where(eq(tagRedirects.tagId, tagId))).map((r) => r.slug);
}

/** The tag another merge folded `id` into, if one did. */
async function mergedInto(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx
    .select({ name: tags.name })
    .from(tagRedirects)
    .innerJoin(tags, eq(tags.id, tagRedirects.tagId))
    .where(eq(tagRedirects.mergedTagId, id));
  return row?.name ?? null;
}

async function footprintsCarrying(tx: Tx, tagId: string) {
  const footprints = await Promise.all((await storiesCarrying(tx, tagId)).map((id) => readLiveFootprint(tx, id)));
  return footprints.filter((f) => f !== null);
}

/** Changes the fields sent; `version`, when sent, must be the tag's current one. A new slug leaves the old one redirecting. */
export async function updateTag({ actor, id, patch }: { actor: Actor; id: string; patch: TagPatch }, { executor = db, now = new Date() }: Options = {}) {
  assertMayManage(actor);
  const parsed = tagPatchSchema.safeParse(patch);
  if (!parsed.success) throw invalid("Some fields are not valid.", fieldErrors(parsed.error.issues));
  const { version, ...fields } = parsed.data;
  const result = await executor.transaction(async (tx): Promise<TagChange> => {
    const row = (await lockTags(tx, [id])).get(id);
    if (!row) throw notFound("Tag not found.");
    if (version !== undefined && version !== row.version) {
      throw new AppError("conflict", "Someone changed this tag since you opened it.", { currentVersion: row.version });
    }
    const slugChanged = fields.slug !== undefined && fields.slug !== row.slug;
    if (slugChanged) await claimSlug(tx, id, fields.slug!);
    if (fields.imageMediaId) {
      const [item] = await tx.select({ id: media.id }).from(media).where(eq(media.id, fields.imageMediaId));
      if (!item) throw invalid("The image is not in the media library.", { imageMediaId: ["is not a media library item"] });
    }
    await tx
      .update(tags)
      .set({ ...fields, version: row.version + 1, updatedAt: now })
      .where(eq(tags.id, id));
    if (slugChanged) {
      await tx.delete(tagRedirects).where(eq(tagRedirects.oldSlug, fields.slug!));
      await tx
        .insert(tagRedirects)
        .values({ oldSlug: row.slug, tagId: id, createdAt: now })
        .onConflictDoUpdate({ target: tagRedirects.oldSlug, set: { tagId: id, mergedTagId: null, createdAt: now } });
    }
    const changed = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== row[k as keyof Tag]);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tag.update",
      entityType: "tag",
      entityId: id,
      createdAt: now,
      data: { fields: changed, slug: row.slug },
    });

    const touched = new Set([cacheTags.tag(row.slug)]);
    if (slugChanged) for (const slug of [fields.slug!, ...(await redirectSlugsOf(tx, id))]) touched.add(cacheTags.tag(slug));
    // Every story carrying it shows its name, slug (a link) and kind, on its page and in lists and feeds.
    if (changed.some((f) => f === "name" || f === "slug" || f === "kind")) {
      const footprints = await footprintsCarrying(tx, id);
      for (const tag of tagsForStoriesShowing(footprints)) touched.add(tag);
      if (slugChanged && footprints.length) touched.add(cacheTags.sitemap);
    }
    return { tag: (await getAdminTag({ id }, tx))!, touchedTags: [...touched].sort() };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

/** Refuses a slug another tag has, now or as an old one that redirects to it. */
async function claimSlug(tx: Tx, id: string, slug: string) {
  const [tag] = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.slug, slug), ne(tags.id, id)));
  const [redirect] = await tx
    .select({ id: tagRedirects.tagId })
    .from(tagRedirects)
    .where(and(eq(tagRedirects.oldSlug, slug), ne(tagRedirects.tagId, id)));
  if (tag || redirect) {
    throw new AppError("conflict", "Another tag already uses that slug.", { fields: { slug: ["is already used by another tag"] } });
  }
}

/**
 * Folds the tag `id` into `intoId`: its stories (working and live copies)
 * carry `intoId` instead, its slug and old slugs redirect there, and it is
 * gone. Both rows are locked, so of two merges involving the same tag the
 * second finds what the first left.
 */
export async function mergeTag({ actor, id, intoId }: { actor: Actor; id: string; intoId: string }, { executor = db, now = new Date() }: Options = {}) {
  assertMayManage(actor);
  if (id === intoId) throw invalid("A tag cannot be merged into itself.", { intoId: ["must be another tag"] });
  const result = await executor.transaction(async (tx): Promise<TagChange & { stories: number }> => {
    const locked = await lockTags(tx, [id, intoId]);
    const from = locked.get(id);
    const into = locked.get(intoId);
    if (!from) {
      const by = await mergedInto(tx, id);
      throw by ? new AppError("conflict", `This tag was just merged into “${by}”.`) : notFound("Tag not found.");
    }
    if (!into) {
      const by = await mergedInto(tx, intoId);
      if (by) throw new AppError("conflict", `That tag was just merged into “${by}”.`, { fields: { intoId: [`was merged into “${by}”`] } });
      throw invalid("There is no such tag to merge into.", { intoId: ["is not a tag"] });
    }
    const retagged = await retagStories(tx, actor, from, into, now);
    const oldSlugs = [from.slug, ...(await redirectSlugsOf(tx, id))];
    await tx.update(tagRedirects).set({ tagId: intoId }).where(eq(tagRedirects.tagId, id));
    await tx
      .insert(tagRedirects)
      .values({ oldSlug: from.slug, tagId: intoId, mergedTagId: id, createdAt: now })
      .onConflictDoUpdate({ target: tagRedirects.oldSlug, set: { tagId: intoId, mergedTagId: id, createdAt: now } });
    // Readers followed the merged tag: the one answering for it is a public page from now on.
    await tx
      .update(tags)
      .set({ version: into.version + 1, updatedAt: now, listedAt: into.listedAt ?? from.listedAt })
      .where(eq(tags.id, intoId));
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tag.merge",
      entityType: "tag",
      entityId: id,
      createdAt: now,
      data: { slug: from.slug, name: from.name, intoId, into: into.slug, stories: retagged.stories },
    });
    const touched = new Set([...retagged.touchedTags, ...oldSlugs.map(cacheTags.tag), cacheTags.tag(into.slug)]);
    return { tag: (await getAdminTag({ id: intoId }, tx))!, stories: retagged.stories, touchedTags: [...touched].sort() };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

/**
 * Deletes a tag. One that stories carry goes only when `confirmStories` is
 * how many lose it (the count the editor confirmed); otherwise 409 with
 * `storyCount`. Its old slugs stop redirecting.
 */
export async function deleteTag(
  { actor, id, confirmStories }: { actor: Actor; id: string; confirmStories?: number },
  { executor = db, now = new Date() }: Options = {},
) {
  assertMayManage(actor);
  const result = await executor.transaction(async (tx) => {
    const row = (await lockTags(tx, [id])).get(id);
    if (!row) throw notFound("Tag not found.");
    const storyCount = (await storiesCarrying(tx, id)).length;
    if (storyCount > 0 && confirmStories !== storyCount) {
      const stories = storyCount === 1 ? "1 story carries" : `${storyCount} stories carry`;
      throw new AppError("conflict", `${stories} this tag; confirm that ${storyCount === 1 ? "it loses" : "they lose"} it.`, { storyCount });
    }
    const retagged = await retagStories(tx, actor, row, null, now);
    const oldSlugs = [row.slug, ...(await redirectSlugsOf(tx, id))];
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tag.delete",
      entityType: "tag",
      entityId: id,
      createdAt: now,
      data: { slug: row.slug, name: row.name, stories: storyCount },
    });
    return { stories: storyCount, touchedTags: [...new Set([...retagged.touchedTags, ...oldSlugs.map(cacheTags.tag)])].sort() };
  });
  await invalidateTags(result.touchedTags);
  return result;
}
