// The Admin API's request and response shapes, in one place: the route
// handlers parse with them and lib/api/openapi.ts documents them. Field
// rules are the article's own (lib/articles/shape.ts), so the API and the
// editor refuse the same things with the same messages.
import { z } from "zod";
import { revisionKind } from "@/db/schema";
import { articleFieldsSchema } from "@/lib/articles/shape";
import { errorStatus } from "@/lib/errors";
import { type Action, statuses } from "@/lib/publishing/status-machine";
import { tagKind } from "@/lib/tags/kinds";

const fields = articleFieldsSchema.shape;
/**
 * Body source in either format: room for the most text a body may hold
 * (BODY_LIMITS.textChars, 500,000 characters) and its markup, and no more,
 * since converting Markdown built to be slow costs time in proportion to it.
 */
const MAX_BODY_CHARS = 600_000;

// ---- Requests -------------------------------------------------------------------

export const tagInputSchema = z
  .union([
    z.string().trim().min(1, "is empty").max(120).describe("An existing tag's slug, or its name (any case)."),
    z
      .object({
        name: z
          .string()
          .trim()
          .min(1, "is required")
          .max(80)
          .refine((v) => !/[<>]/.test(v), "must not contain < or >"),
        kind: z.enum(tagKind),
      })
      .strict()
      .describe("A tag by name and kind: used if a tag with the same slug exists, created otherwise."),
  ])
  .describe("A tag: an existing one by slug or name, or { name, kind } to create it if missing.");

const editableFields = {
  title: fields.title,
  dek: fields.dek.unwrap(),
  slug: fields.slug.unwrap().describe("Lowercase letters, digits and hyphens. Defaults to one made from the title."),
  bodyMarkdown: z
    .string()
    .max(MAX_BODY_CHARS)
    .describe("The body as Markdown (raw HTML in it is dropped); its images are imported into the media library, as heroImageUrl is. Not with bodyHtml."),
  bodyHtml: z
    .string()
    .max(MAX_BODY_CHARS)
    .describe(
      "The body as HTML: p, h1-h6, strong/b, em/i, a, ul/ol/li, blockquote, br, img and figure are kept; other elements become their text. " +
        "Images (at most 20) are imported into the media library, as heroImageUrl is. Not with bodyMarkdown.",
    ),
  section: z.string().trim().min(1).max(80).nullable().describe("A section's slug, or null for none."),
  tags: z.array(tagInputSchema).max(30).describe("The article's tags, in order; replaces the current list."),
  bylines: z
    .array(z.email())
    .max(10)
    .describe("Authors' email addresses, in order; replaces the current list. Only editors and admins may set other people's bylines."),
  heroImageUrl: fields.heroImageUrl
    .unwrap()
    .nullable()
    .describe(
      "An https URL or a path on this site (/images/...): fetched once into the media library (public addresses only, at most 25 MB, 3 redirects), " +
        "which sets heroMediaId. Empty or null for no hero. Not with heroMediaId.",
    ),
  heroMediaId: fields.heroMediaId.unwrap().describe("An image of the media library (GET /api/admin/media), or null for no hero."),
  heroImageAlt: fields.heroImageAlt.unwrap(),
  heroImageCredit: fields.heroImageCredit.unwrap(),
  seoTitle: fields.seoTitle.unwrap(),
  seoDescription: fields.seoDescription.unwrap(),
  correctionNote: fields.correctionNote.unwrap(),
};

type BodyFields = { bodyMarkdown?: string; bodyHtml?: string; heroImageUrl?: string | null; heroMediaId?: string | null };
const oneBodyFormat = (value: BodyFields, ctx: z.RefinementCtx) => {
  if (value.bodyMarkdown !== undefined && value.bodyHtml !== undefined) {
    ctx.addIssue({ code: "custom", path: ["bodyHtml"], message: "cannot be sent together with bodyMarkdown; send one body" });
  }
  if (value.heroImageUrl && value.heroMediaId) {
    ctx.addIssue({ code: "custom", path: ["heroImageUrl"], message: "cannot be sent together with heroMediaId; send one hero image" });
  }
};

export const articleCreateSchema = z
  .object(editableFields)
  .partial()
  .required({ title: true })
  .strict()
  .superRefine(oneBodyFormat)
  .describe("A new draft. Unknown fields are refused.");
export type ArticleCreateInput = z.infer<typeof articleCreateSchema>;

const version = z.number().int().min(1).describe("The article's version as you last read it; a stale one is refused with 409.");

export const articlePatchSchema = z
  .object({ version, ...editableFields })
  .partial()
  .required({ version: true })
  .strict()
  .superRefine(oneBodyFormat)
  .superRefine((value, ctx) => {
    if (Object.keys(value).length === 1) ctx.addIssue({ code: "custom", path: [], message: "Send at least one field to change." });
  })
  .describe("Changes to the working copy: only the fields sent change. Unknown fields are refused.");
export type ArticlePatchInput = z.infer<typeof articlePatchSchema>;
export type ArticleEditableInput = Omit<ArticlePatchInput, "version">;

const at = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date and time with an offset, e.g. 2026-07-01T09:00:00-04:00" })
  .describe("When to publish: ISO 8601 with an offset (e.g. 2026-07-01T09:00:00-04:00 or ...Z), in the future.");
const unpublishAt = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date and time with an offset, e.g. 2026-07-08T09:00:00-04:00" })
  .describe("When to take the article down: ISO 8601 with an offset, in the future.");
const note = z.string().trim().max(2000).describe("What to fix, shown to the author.");

/** The URL segment of each workflow action, its status-machine action, and what it takes. */
export const workflowRoutes = {
  submit: { action: "submit", summary: "Submit a draft for review", body: z.object({ version }).strict() },
  "send-back": { action: "send_back", summary: "Send an article in review back to its author", body: z.object({ version, note: note.optional() }).strict() },
  publish: {
    action: "publish",
    summary: "Publish the working revision (publishes the changes when the article is already live)",
    body: z.object({ version }).strict(),
  },
  schedule: {
    action: "schedule",
    summary: "Schedule publication at a future time, or move the time (optionally with a time to take it down again)",
    body: z.object({ version, at, unpublishAt: unpublishAt.nullable().optional() }).strict(),
  },
  "cancel-schedule": { action: "cancel_schedule", summary: "Cancel a scheduled publication (back to draft)", body: z.object({ version }).strict() },
  "schedule-unpublish": {
    action: "schedule_unpublish",
    summary: "Take a scheduled or live article down at a future time",
    body: z.object({ version, at: unpublishAt }).strict(),
  },
  "cancel-unpublish": { action: "cancel_unpublish", summary: "Keep the article up: forget its unpublish time", body: z.object({ version }).strict() },
  unpublish: { action: "unpublish", summary: "Take a live article off the site now", body: z.object({ version }).strict() },
  "to-draft": { action: "to_draft", summary: "Move an unpublished article back to draft", body: z.object({ version }).strict() },
} as const satisfies Record<string, { action: Action; summary: string; body: z.ZodType }>;
export type WorkflowSegment = keyof typeof workflowRoutes;
export const isWorkflowSegment = (s: string): s is WorkflowSegment => Object.hasOwn(workflowRoutes, s);

/** Query string of the list. Empty values count as absent; unknown parameters are refused. */
export const articleListQuerySchema = z
  .object({
    status: z.enum(statuses).optional(),
    tag: z.string().trim().min(1).max(120).optional().describe("A tag's slug or name."),
    q: z.string().trim().max(200).optional().describe("Words in the title."),
    cursor: z.string().max(200).optional().describe("nextCursor from the previous page."),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

// ---- Responses ------------------------------------------------------------------

const timestamp = z.iso.datetime({ offset: true });
const tagRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(tagKind) });
const sectionRef = z.object({ slug: z.string(), name: z.string() }).nullable();
const bylineRef = z.object({ id: z.uuid(), name: z.string(), email: z.string() });

export const articleListItemSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(statuses),
  version: z.number().int(),
  updatedAt: timestamp,
  publishAt: timestamp.nullable(),
  section: sectionRef,
  tags: z.array(tagRef),
  bylines: z.array(bylineRef),
});
export type ApiArticleListItem = z.infer<typeof articleListItemSchema>;

export const articleListSchema = z.object({
  items: z.array(articleListItemSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page."),
});

export const apiArticleSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  status: z.enum(statuses),
  version: z.number().int(),
  title: z.string(),
  dek: z.string(),
  bodyHtml: z.string().describe("The working copy's body, as rendered."),
  section: sectionRef,
  tags: z.array(tagRef),
  bylines: z.array(bylineRef),
  heroImageUrl: z.string().nullable().describe("A hero given by address before the media library; new heroes are library images."),
  heroMediaId: z.uuid().nullable().describe("The hero, an image of the media library; heroImageAlt and heroImageCredit override its own when not empty."),
  heroImageAlt: z.string(),
  heroImageCredit: z.string(),
  seoTitle: z.string(),
  seoDescription: z.string(),
  correctionNote: z.string(),
  reviewNote: z.string().describe("The editor's note when the article was sent back."),
  publishAt: timestamp.nullable().describe("When a scheduled article goes live."),
  unpublishAt: timestamp.nullable().describe("When a scheduled or live article comes down (an embargo ends, a time-limited story)."),
  publishedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  url: z.string().nullable().describe("The public path while the article is live, else null."),
  previewUrl: z.string().describe("Opens the working copy's preview in a signed-in browser."),
});
export type ApiArticle = z.infer<typeof apiArticleSchema>;
export const articleEnvelopeSchema = z.object({ article: apiArticleSchema });

export const revisionListSchema = z.object({
  items: z.array(
    z.object({
      number: z.number().int(),
      kind: z.enum(revisionKind.enumValues),
      author: z.string(),
      createdAt: timestamp,
      title: z.string(),
    }),
  ),
});

export const errorSchema = z.object({
  error: z
    .looseObject({
      code: z.enum([...(Object.keys(errorStatus) as (keyof typeof errorStatus)[]), "internal"]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().describe('Messages by field; "_" for the request as a whole.'),
      currentVersion: z.number().int().optional().describe("On 409: the article's version now."),
    })
    .describe("Other details may accompany some errors (currentStatus, current)."),
});
