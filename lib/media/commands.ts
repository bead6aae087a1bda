// Writes to the media library. Files are written to storage before the row
// that names them and removed after the row that named them is gone, so a
// row never names a missing file; each row change is one transaction with an
// audit event; the cache tags it touched (the item's files, the pages of
// live stories showing it) are invalidated after the commit.
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { type Media, media } from "@/db/schema";
import { readLiveFootprint } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can, mayChangeMedia } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { rerenderBodiesShowing } from "@/lib/publishing/media-refresh";
import { cacheTags, tagsForLiveChange } from "@/lib/cache/tags";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import type { MediaDto } from "./dto";
import { type CheckedImage, checkImage, fileKeysOf, removeImageFiles, type StoredFiles, storeImageFiles } from "./files";
import { type MediaMetadata, mediaMetadataSchema } from "./metadata";
import { getMedia } from "./queries";
import { getMediaStorage, type MediaStorage } from "./storage";
import { liveArticleIdsUsing, listMediaUses } from "./usage";
import { sanitizeFilename } from "./inspect";

export type UploadRequest = { actor: Actor; bytes: Uint8Array; filename: string; metadata?: Partial<MediaMetadata> };
/** `created` is false when the same bytes were already in the library: the existing item is returned, unchanged. */
export type UploadResult = { media: MediaDto; created: boolean };

type Options = { executor?: Executor; storage?: MediaStorage };

/** Adds an uploaded image to the library (or finds the item that already holds the same bytes). */
export async function createFromUpload(request: UploadRequest, { executor = db, storage }: Options = {}): Promise<UploadResult> {
  const { actor } = request;
  if (!can(actor.role, "media:upload")) throw forbidden("Your role cannot upload images.");
  const metadata = parseMetadata(request.metadata ?? {});
  const filename = sanitizeFilename(request.filename);
  const checked = await checkImage(request.bytes);
  const existing = await findIdByHash(executor, checked.hash);
  if (existing) return { media: (await getMedia({ id: existing }, executor))!, created: false };

  const store = storage ?? (await getMediaStorage());
  const files = await storeImageFiles(store, checked);
  const id = await insertUpload(executor, actor, checked, files, filename, metadata).catch(async (error: unknown) => {
    // Nothing names the files unless a concurrent upload of the same bytes committed.
    if (!(await findIdByHash(executor, checked.hash))) await removeImageFiles(store, fileKeysOf(files));
    throw error;
  });
  if (!id) return { media: (await getMedia({ id: (await findIdByHash(executor, checked.hash))! }, executor))!, created: false };
  return { media: (await getMedia({ id }, executor))!, created: true };
}

function insertUpload(executor: Executor, actor: Actor, checked: CheckedImage, files: StoredFiles, filename: string, metadata: Partial<MediaMetadata>) {
  return executor.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        contentHash: checked.hash,
        originalKey: files.originalKey,
        variants: files.variants,
        filename,
        mimeType: checked.image.contentType,
        bytes: checked.image.size,
        width: checked.image.width,
        height: checked.image.height,
        ...toColumns(metadata),
        uploadedById: actor.id,
      })
      .onConflictDoNothing({ target: media.contentHash })
      .returning({ id: media.id });
    // Another upload of the same bytes committed first: it owns the (identical) files.
    if (!row) return null;
    await recordAudit(tx, { actorId: actor.id, action: "media.upload", entityType: "media", entityId: row.id, data: { filename, bytes: checked.image.size } });
    return row.id;
  });
}

function parseMetadata(input: unknown): Partial<MediaMetadata> {
  const parsed = mediaMetadataSchema.partial().safeParse(input);
  if (!parsed.success) throw invalid("Some fields are not valid.", fieldErrors(parsed.error.issues));
  return parsed.data;
}

async function findIdByHash(executor: Executor, hash: string): Promise<string | null> {
  const [row] = await executor.select({ id: media.id }).from(media).where(eq(media.contentHash, hash));
  return row?.id ?? null;
}

function toColumns(metadata: Partial<MediaMetadata>): Partial<typeof media.$inferInsert> {
  const { focal, ...text } = metadata;
  return { ...text, ...(focal ? { focalX: focal.x, focalY: focal.y } : {}) };
}

/** The item locked for a change by `actor`; not found, or forbidden when their role may not change it (see mayChangeMedia). */
async function lockForChange(tx: Tx, actor: Actor, id: string): Promise<Media> {
  const [row] = await tx.select().from(media).where(eq(media.id, id)).for("update");
  if (!row) throw notFound("Image not found.");
  const usedLive = (await liveArticleIdsUsing(tx, id)).length > 0;
  if (!mayChangeMedia(actor, { uploadedById: row.uploadedById, usedLive })) {
    throw forbidden(
      row.uploadedById === actor.id && usedLive
        ? "A published story shows this image; ask an editor to change it."
        : "Only editors can change images uploaded by someone else.",
    );
  }
  return row;
}

/** Throws as a change of the item by `actor` would (not found, forbidden), before an upload's bytes are read or stored. */
export async function assertMayChangeMedia({ actor, id }: { actor: Actor; id: string }, { executor = db }: Options = {}): Promise<void> {
  await executor.transaction((tx) => lockForChange(tx, actor, id));
}

/** The tags of every page that shows the item in a live story. */
async function liveTagsOf(tx: Executor, id: string): Promise<string[]> {
  const tags = new Set<string>();
  for (const articleId of await liveArticleIdsUsing(tx, id)) {
    const footprint = await readLiveFootprint(tx, articleId);
    for (const tag of tagsForLiveChange(footprint, footprint)) tags.add(tag);
  }
  return [...tags];
}

export type MediaChange = { media: MediaDto; touchedTags: string[] };

/** Changes alt text, credit, caption or focal point; `version`, when given, must be the item's current one. */
export async function updateMedia(
  { actor, id, version, fields }: { actor: Actor; id: string; version?: number; fields: Partial<MediaMetadata> },
  { executor = db }: Options = {},
): Promise<MediaChange> {
  const changes = parseMetadata(fields);
  const result = await executor.transaction(async (tx) => {
    const row = await lockForChange(tx, actor, id);
    if (version !== undefined && version !== row.version) {
      throw new AppError("conflict", "Someone replaced this image since you opened it.", { currentVersion: row.version });
    }
    await tx
      .update(media)
      .set({ ...toColumns(changes), updatedAt: new Date() })
      .where(eq(media.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "media.update", entityType: "media", entityId: id, data: { fields: Object.keys(changes) } });
    await rerenderBodiesShowing(tx, id);
    return { media: (await getMedia({ id }, tx))!, touchedTags: await liveTagsOf(tx, id) };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

/**
 * Puts a new file behind an item: same id, alt text, credit, caption and
 * focal point, and every story using it; new content hash, files, URLs and
 * version. The old files are removed and their URLs purged. Refused (409)
 * when another item already holds the same bytes.
 */
export async function replaceMediaFile(
  { actor, id, bytes, filename, version }: { actor: Actor; id: string; bytes: Uint8Array; filename: string; version?: number },
  { executor = db, storage }: Options = {},
): Promise<MediaChange> {
  const name = sanitizeFilename(filename);
  await assertMayChangeMedia({ actor, id }, { executor });
  const checked = await checkImage(bytes);
  const holder = await findIdByHash(executor, checked.hash);
  if (holder && holder !== id) {
    throw new AppError("conflict", "This file is already in the library as another image; use that one instead.", { mediaId: holder });
  }
  const store = storage ?? (await getMediaStorage());
  const files = await storeImageFiles(store, checked);
  let oldKeys: string[] = [];
  const result = await executor
    .transaction(async (tx) => {
      const row = await lockForChange(tx, actor, id);
      if (version !== undefined && version !== row.version) {
        throw new AppError("conflict", "Someone changed this image since you opened it.", { currentVersion: row.version });
      }
      if (row.contentHash !== checked.hash) oldKeys = fileKeysOf(row);
      await tx
        .update(media)
        .set({
          contentHash: checked.hash,
          originalKey: files.originalKey,
          variants: files.variants,
          filename: name,
          mimeType: checked.image.contentType,
          bytes: checked.image.size,
          width: checked.image.width,
          height: checked.image.height,
          version: row.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(media.id, id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "media.replace",
        entityType: "media",
        entityId: id,
        data: { filename: name, from: row.contentHash, to: checked.hash },
      });
      await rerenderBodiesShowing(tx, id);
      return { media: (await getMedia({ id }, tx))!, touchedTags: [cacheTags.media(id), ...(await liveTagsOf(tx, id))] };
    })
    .catch(async (error: unknown) => {
      if ((await findIdByHash(executor, checked.hash)) === null) await removeImageFiles(store, fileKeysOf(files));
      throw error;
    });
  await invalidateTags(result.touchedTags);
  await removeImageFiles(store, oldKeys);
  return result;
}

/** Deletes an unused item and its files; 409 naming the stories while any working or live copy shows it. */
export async function deleteMedia({ actor, id }: { actor: Actor; id: string }, { executor = db, storage }: Options = {}): Promise<{ touchedTags: string[] }> {
  const keys = await executor.transaction(async (tx) => {
    const row = await lockForChange(tx, actor, id);
    const uses = await listMediaUses(tx, id);
    if (uses.length > 0) {
      const titles = uses.map((u) => `"${u.title}"`);
      throw new AppError(
        "conflict",
        `This image is used in ${uses.length === 1 ? "1 story" : `${uses.length} stories`}: ${titles.slice(0, 5).join(", ")}${uses.length > 5 ? ", ..." : ""}.`,
        {
          usedIn: uses.map((u) => ({ id: u.articleId, title: u.title, slug: u.slug, live: u.live })),
        },
      );
    }
    await tx.delete(media).where(eq(media.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "media.delete",
      entityType: "media",
      entityId: id,
      data: { filename: row.filename, hash: row.contentHash },
    });
    return fileKeysOf(row);
  });
  const touchedTags = [cacheTags.media(id)];
  await invalidateTags(touchedTags);
  await removeImageFiles(storage ?? (await getMediaStorage()), keys);
  return { touchedTags };
}
