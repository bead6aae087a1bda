// The Admin API's media shapes: what the media routes accept and answer.
// The OpenAPI document (./openapi.ts) is generated from them.
import { z } from "zod";
import { MEDIA_TEXT_LIMITS, mediaMetadataSchema } from "@/lib/media/metadata";

/** PATCH /api/admin/media/:id: the fields sent change; `version`, when sent, must be the current one. */
export const mediaPatchSchema = mediaMetadataSchema
  .partial()
  .extend({ version: z.number().int().positive().optional().describe("The version you read; a stale one is refused (409).") })
  .strict();

/** Query string of the library list. */
export const mediaListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe("Words in alt text, caption, credit, file name or uploader's name, or a date (YYYY-MM-DD)."),
    cursor: z.string().max(200).optional().describe("nextCursor from the previous page."),
    limit: z.coerce.number().int().min(1).max(100).default(48),
  })
  .strict();

/** The text fields a multipart upload may carry beside `file`. */
export const uploadFieldsSchema = mediaMetadataSchema.pick({ alt: true, credit: true, caption: true }).partial().strict();
export const UPLOAD_FIELDS = ["alt", "credit", "caption"] as const;
/** Every text field's limit in bytes of UTF-8: the longest caption, four bytes a character. */
export const MAX_UPLOAD_FIELD_BYTES = MEDIA_TEXT_LIMITS.caption * 4;

const timestamp = z.iso.datetime({ offset: true });
const format = z.enum(["avif", "webp", "jpeg", "png"]);

export const apiMediaSchema = z.object({
  id: z.uuid(),
  url: z.string().describe("The original file."),
  width: z.number().int(),
  height: z.number().int(),
  mimeType: z.string(),
  bytes: z.number().int(),
  filename: z.string(),
  alt: z.string(),
  credit: z.string(),
  caption: z.string(),
  focal: z.object({ x: z.number(), y: z.number() }).describe("The subject, 0 to 1 from the left and the top; crops keep it in frame."),
  version: z.number().int().describe("Bumped when the file is replaced; every URL changes with it."),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  variants: z.array(z.object({ width: z.number().int(), height: z.number().int(), format, url: z.string(), bytes: z.number().int() })),
});

const usage = z.array(
  z.object({ articleId: z.uuid(), title: z.string(), slug: z.string(), inWorkingCopy: z.boolean(), live: z.boolean().describe("Readers see it now.") }),
);

export const mediaEnvelopeSchema = z.object({ media: apiMediaSchema });
export const mediaWithUsageSchema = z.object({ media: apiMediaSchema, usage });
export const mediaListSchema = z.object({
  items: z.array(apiMediaSchema.extend({ usageCount: z.number().int().describe("Stories whose working or live copy shows it.") })),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page."),
});
