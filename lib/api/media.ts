// Admin API operations on the media library: the route handlers' bodies,
// between the HTTP request (multipart uploads, query strings, ids in paths)
// and lib/media.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { decodeCursor } from "@/lib/articles/cursor";
import { AppError, fieldErrors, notFound } from "@/lib/errors";
import { readMultipartUpload } from "@/lib/http/read-multipart";
import { assertMayChangeMedia, createFromUpload, deleteMedia, replaceMediaFile, updateMedia } from "@/lib/media/commands";
import { MAX_UPLOAD_BYTES } from "@/lib/media/inspect";
import { getMedia, getMediaUsage, listMedia } from "@/lib/media/queries";
import { MAX_UPLOAD_FIELD_BYTES, mediaListQuerySchema, type mediaPatchSchema, UPLOAD_FIELDS, uploadFieldsSchema } from "./media-schemas";
import type { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function mediaIdParam(id: string | undefined): string {
  if (!id || !UUID.test(id)) throw notFound("Image not found.");
  return id.toLowerCase();
}

export const mediaApiPath = (id: string) => `/api/admin/media/${id}`;

function readUpload(request: Request, fields: readonly string[]) {
  return readMultipartUpload(request, { fileField: "file", maxFileBytes: MAX_UPLOAD_BYTES, fields, maxFieldBytes: MAX_UPLOAD_FIELD_BYTES });
}

/** POST /api/admin/media: 201 with the new item, or 200 with the item that already holds the same bytes. */
export async function uploadFromApi(actor: Actor, request: Request): Promise<Response> {
  const upload = await readUpload(request, UPLOAD_FIELDS);
  const parsed = uploadFieldsSchema.safeParse(upload.fields);
  if (!parsed.success) throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrors(parsed.error.issues) });
  const result = await createFromUpload({ actor, bytes: upload.file.bytes, filename: upload.file.filename, metadata: parsed.data });
  return Response.json({ media: result.media }, { status: result.created ? 201 : 200, headers: { Location: mediaApiPath(result.media.id) } });
}

export async function listMediaFromApi(query: URLSearchParams) {
  const raw = Object.fromEntries([...query.entries()].filter(([, v]) => v !== ""));
  const parsed = mediaListQuerySchema.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", "Some query parameters are not valid.", { fields: fieldErrors(parsed.error.issues) });
  const { q, cursor, limit } = parsed.data;
  return listMedia({ q, limit, after: cursor ? decodeCursor(cursor) : undefined });
}

export async function readMediaFromApi(id: string) {
  const media = await getMedia({ id });
  if (!media) throw notFound("Image not found.");
  return { media, usage: await getMediaUsage({ id }) };
}

export async function patchMediaFromApi(actor: Actor, id: string, body: z.infer<typeof mediaPatchSchema>) {
  const { version, ...fields } = body;
  return { media: (await updateMedia({ actor, id, version, fields })).media };
}

/** PUT /api/admin/media/:id/file: a new file behind the same id (multipart `file`, optional `version`). */
export async function replaceFromApi(actor: Actor, id: string, request: Request) {
  await assertMayChangeMedia({ actor, id });
  const upload = await readUpload(request, ["version"]);
  const version = upload.fields.version === undefined ? undefined : Number(upload.fields.version);
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) {
    throw new AppError("invalid", "Some fields are not valid.", { fields: { version: ["must be a positive whole number"] } });
  }
  const result = await replaceMediaFile({ actor, id, bytes: upload.file.bytes, filename: upload.file.filename, version });
  return { media: result.media };
}

export async function deleteMediaFromApi(actor: Actor, id: string): Promise<void> {
  await deleteMedia({ actor, id });
}
