"use server";
// Server actions of the media library (the Media page and the editor's image
// panel). Uploads and file replacements go to the Admin API routes
// (POST /api/admin/media, PUT /api/admin/media/:id/file) with the session
// cookie: they stream a file, which a server action's body cannot.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { deleteMedia, updateMedia } from "@/lib/media/commands";
import { mediaMetadataSchema } from "@/lib/media/metadata";
import { getMedia, getMediaUsage, listMedia } from "@/lib/media/queries";
import { decodeCursor } from "@/lib/articles/cursor";
import { imageUrlSchema } from "@/lib/articles/shape";
import { importImageFromUrl } from "@/lib/media/import-url";

const idSchema = z.object({ id: z.uuid() });

export async function listMediaAction(input: unknown) {
  const schema = z.object({ q: z.string().trim().max(200).default(""), cursor: z.string().max(200).optional() });
  return runAction({ permission: "media:view", schema, input }, (_ctx, i) => listMedia({ q: i.q, after: i.cursor ? decodeCursor(i.cursor) : undefined }));
}

export async function getMediaAction(input: unknown) {
  return runAction({ permission: "media:view", schema: idSchema, input }, async (_ctx, { id }) => ({
    media: await getMedia({ id }),
    usage: await getMediaUsage({ id }),
  }));
}

export async function updateMediaAction(input: unknown) {
  const schema = idSchema.extend({ version: z.number().int().positive().optional(), fields: mediaMetadataSchema.partial() });
  return runAction({ permission: "media:edit-own", schema, input }, async ({ actor }, i) => (await updateMedia({ actor, ...i })).media);
}

/** An https image URL pasted into the editor (or a /images/ path of the site): fetched once into the library; the editor then uses the item's id. */
export async function importImageUrlAction(input: unknown) {
  const schema = z.object({
    url: imageUrlSchema.pipe(z.string().min(1, "is required")),
    alt: z.string().max(300).default(""),
    credit: z.string().max(200).default(""),
  });
  return runAction({ permission: "media:upload", schema, input }, ({ actor }, i) =>
    importImageFromUrl({ actor, url: i.url, field: "url", metadata: { alt: i.alt, credit: i.credit } }),
  );
}

export async function deleteMediaAction(input: unknown) {
  return runAction({ permission: "media:edit-own", schema: idSchema, input }, async ({ actor }, { id }) => {
    await deleteMedia({ actor, id });
    return { deleted: true };
  });
}
