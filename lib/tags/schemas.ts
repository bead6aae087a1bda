// What an editor may send to change, merge or delete a tag. Pure: the Admin
// API, the server actions and the commands parse with these, and the OpenAPI
// document is generated from them. Sections share the field rules.
import { z } from "zod";
import { isValidSlug } from "@/lib/articles/slug";
import { tagKind } from "./kinds";

export const TAG_NAME_MAX = 80;
export const DESCRIPTION_MAX = 1000;

export const nameField = z
  .string()
  .trim()
  .min(1, "is required")
  .max(TAG_NAME_MAX, `must be at most ${TAG_NAME_MAX} characters`)
  .refine((v) => !/[<>]/.test(v), "must not contain < or >");
export const slugField = z.string().trim().refine(isValidSlug, "must be lowercase letters, digits and single hyphens, at most 80 characters");
export const descriptionField = z.string().trim().max(DESCRIPTION_MAX, `must be at most ${DESCRIPTION_MAX} characters`);
export const versionField = z.number().int().positive().optional().describe("The version you read; a stale one is refused (409).");

/** PATCH /api/admin/tags/:id: only the fields sent change. */
export const tagPatchSchema = z
  .object({
    name: nameField.optional(),
    slug: slugField.optional().describe("The old slug keeps answering with a permanent redirect."),
    kind: z.enum(tagKind).optional(),
    description: descriptionField.optional(),
    imageMediaId: z.uuid().nullable().optional().describe("A media library item, or null for none."),
    version: versionField,
  })
  .strict();
export type TagPatch = z.infer<typeof tagPatchSchema>;

export const tagMergeSchema = z.object({ intoId: z.uuid().describe("The tag that takes over the stories, URL and feeds.") }).strict();

export const tagListQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional().describe("Words in the tag's name or slug."),
    kind: z.enum(tagKind).optional(),
    cursor: z.string().max(200).optional().describe("nextCursor from the previous page."),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

/** DELETE /api/admin/tags/:id?confirmStories=n: a tag in use goes only when n is the number of stories that lose it. */
export const tagDeleteQuerySchema = z.object({ confirmStories: z.coerce.number().int().min(0).optional() }).strict();
