// Reads of the media library: one item, the searchable list (keyset-paged
// with the house cursor, newest first), the stories using an item, and the
// item a stored file belongs to (for serving it).
import "server-only";
import { and, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { media, users } from "@/db/schema";
import { encodeCursor, type Keyset } from "@/lib/articles/cursor";
import { afterKey, microsOf } from "@/lib/articles/keyset";
import { type MediaDto, toMediaDto } from "./dto";
import { STORED_VARIANT_TYPES } from "./stored-variant";
import { listMediaUses, type MediaUse, usageCountOf } from "./usage";

export type { MediaUse } from "./usage";
export type MediaListItem = MediaDto & { usageCount: number };

export const MEDIA_PAGE_SIZE = 48;

function selectMedia(executor: Executor) {
  return executor.select({ row: media, uploaderName: users.name }).from(media).leftJoin(users, eq(users.id, media.uploadedById));
}

/** One item, or null. */
export async function getMedia({ id }: { id: string }, executor: Executor = db): Promise<MediaDto | null> {
  const [found] = await selectMedia(executor).where(eq(media.id, id));
  return found ? toMediaDto({ ...found.row, uploaderName: found.uploaderName }) : null;
}

/** Several items by id (missing ones left out), for rendering stories. */
export async function getMediaByIds({ ids }: { ids: readonly string[] }, executor: Executor = db): Promise<Map<string, MediaDto>> {
  if (ids.length === 0) return new Map();
  const rows = await selectMedia(executor).where(inArray(media.id, [...ids]));
  return new Map(rows.map((r) => [r.row.id, toMediaDto({ ...r.row, uploaderName: r.uploaderName })]));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Matches alt text, caption, credit, file name or uploader's name; a date (2026-12-03) matches the day it was uploaded (UTC). */
function searchCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (!text) return undefined;
  const pattern = `%${escapeLike(text)}%`;
  const conditions = [media.alt, media.caption, media.credit, media.filename, users.name].map((c) => ilike(c, pattern));
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))) {
    conditions.push(sql`(${media.createdAt} at time zone 'UTC')::date = ${text}::date`);
  }
  return or(...conditions);
}

/** A page of the library, newest first, optionally searched; `nextCursor` is null on the last page. */
export async function listMedia(
  { q = "", after, limit = MEDIA_PAGE_SIZE }: { q?: string; after?: Keyset; limit?: number },
  executor: Executor = db,
): Promise<{ items: MediaListItem[]; nextCursor: string | null }> {
  const rows = await executor
    .select({ row: media, uploaderName: users.name, us: microsOf(media.createdAt), usageCount: usageCountOf(media.id) })
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedById))
    .where(and(searchCondition(q), after ? afterKey(media.createdAt, media.id, after) : undefined))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...toMediaDto({ ...r.row, uploaderName: r.uploaderName }), usageCount: r.usageCount })),
    nextCursor: rows.length > limit && last ? encodeCursor({ us: last.us, id: last.row.id }) : null,
  };
}

/** The stories whose working or live copy shows the item. */
export function getMediaUsage({ id }: { id: string }, executor: Executor = db): Promise<MediaUse[]> {
  return listMediaUses(executor, id);
}

/** The item whose current files include `key`, with the file's content type; null for any other key (an old version's, a made-up one). */
export async function findMediaFile({ key }: { key: string }, executor: Executor = db): Promise<{ id: string; contentType: string } | null> {
  const hash = /^[0-9a-f]{2}\/([0-9a-f]{64})\//.exec(key)?.[1];
  if (!hash) return null;
  const [row] = await executor
    .select({ id: media.id, originalKey: media.originalKey, mimeType: media.mimeType, variants: media.variants })
    .from(media)
    .where(eq(media.contentHash, hash));
  if (!row) return null;
  if (row.originalKey === key) return { id: row.id, contentType: row.mimeType };
  const variant = row.variants.find((v) => v.key === key);
  return variant ? { id: row.id, contentType: STORED_VARIANT_TYPES[variant.format] } : null;
}
