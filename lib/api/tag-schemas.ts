// The Admin API's tag and section answers. Requests are parsed with the
// schemas in lib/tags/schemas.ts and lib/sections/schemas.ts; the OpenAPI
// document (./openapi.ts) is generated from both.
import { z } from "zod";
import { tagKind } from "@/lib/tags/kinds";

const timestamp = z.iso.datetime({ offset: true });

export const apiTagSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(tagKind),
  description: z.string(),
  imageMediaId: z.uuid().nullable(),
  listed: z.boolean().describe("Whether readers can reach its page: a tag a contributor made is listed when a story carrying it is published."),
  version: z.number().int(),
  storyCount: z.number().int().describe("Stories carrying it, whatever their status."),
  lastUsedAt: timestamp.nullable().describe("The last change to a story carrying it."),
  updatedAt: timestamp,
});

export const tagEnvelopeSchema = z.object({ tag: apiTagSchema });
export const tagMergeResultSchema = z.object({ tag: apiTagSchema.describe("The tag merged into."), stories: z.number().int().describe("Stories moved.") });
export const tagListSchema = z.object({
  items: z.array(apiTagSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page."),
});

export const apiSectionSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  position: z.number().int().describe("Its place in the site navigation, from 0."),
  version: z.number().int(),
  storyCount: z.number().int().describe("Stories filed under it, whatever their status."),
});
export const sectionEnvelopeSchema = z.object({ section: apiSectionSchema });
export const sectionListSchema = z.object({ items: z.array(apiSectionSchema) });
