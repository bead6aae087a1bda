// Admin API operations on tags and sections: the route handlers' bodies,
// between the HTTP request (query strings, ids in paths) and lib/tags and
// lib/sections.
import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { decodeCursor } from "@/lib/articles/cursor";
import { AppError, fieldErrors, notFound } from "@/lib/errors";
import { deleteSection } from "@/lib/sections/commands";
import { listTagsForAdmin } from "@/lib/tags/admin-queries";
import { deleteTag } from "@/lib/tags/manage";
import { tagDeleteQuerySchema, tagListQuerySchema } from "@/lib/tags/schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id in a path; anything that is not one is a 404, like an id nothing has. */
export function idParam(id: string | undefined, what: "Tag" | "Section"): string {
  if (!id || !UUID.test(id)) throw notFound(`${what} not found.`);
  return id.toLowerCase();
}

function parseQuery<S extends z.ZodType>(schema: S, query: URLSearchParams): z.infer<S> {
  const raw = Object.fromEntries([...query.entries()].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", "Some query parameters are not valid.", { fields: fieldErrors(parsed.error.issues) });
  return parsed.data;
}

export async function listTagsFromApi(query: URLSearchParams) {
  const { q, kind, cursor, limit } = parseQuery(tagListQuerySchema, query);
  return listTagsForAdmin({ q, kind, limit, after: cursor ? decodeCursor(cursor) : undefined });
}

/** DELETE /api/admin/tags/:id[?confirmStories=n]: 204, or 409 with `storyCount` while stories carry it and n is not that count. */
export async function deleteTagFromApi(actor: Actor, id: string, query: URLSearchParams): Promise<Response> {
  const { confirmStories } = parseQuery(tagDeleteQuerySchema, query);
  await deleteTag({ actor, id: idParam(id, "Tag"), confirmStories });
  return new Response(null, { status: 204 });
}

export async function deleteSectionFromApi(actor: Actor, id: string): Promise<Response> {
  await deleteSection({ actor, id: idParam(id, "Section") });
  return new Response(null, { status: 204 });
}
