// An article's editable fields, declared once: what an editor (or the Admin
// API) may set on the working copy, validated; the label each field is shown
// under; and the shapes derived from them: the revision snapshot
// (db/schema.ts), the columns of `articles` that hold them, the editor's
// form fields, the Admin API's record and the history page's comparison.
// Pure and client-safe: the editor and the history page read the labels.
import { z } from "zod";
import { documentSchema, emptyDocument } from "@/lib/content/document";
import { imageUrlProblem } from "./image-url";
import { isValidSlug } from "./slug";

const noMarkup = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >");

/** An https URL or a path on this site; empty for none. */
export const imageUrlSchema = z
  .string()
  .trim()
  .max(2048, "must be at most 2048 characters")
  .superRefine((value, ctx) => {
    const problem = value === "" ? null : imageUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The body as the editor sends it, with every image's address held to the hero image's rule. */
const bodySchema = documentSchema.superRefine((doc, ctx) => {
  doc.content.forEach((block, index) => {
    if (block.type !== "image" || block.attrs.mediaId) return;
    const problem = imageUrlProblem(block.attrs.src.trim());
    if (problem) ctx.addIssue({ code: "custom", path: ["content", index], message: `image ${index + 1}: its address ${problem}` });
  });
});

const unique = (ids: string[]) => new Set(ids).size === ids.length;

/** The editable fields, in the order the history page compares them. */
export const articleFieldsSchema = z
  .object({
    title: noMarkup(200).pipe(z.string().min(1, "is required")),
    dek: noMarkup(400).default(""),
    slug: z.string().trim().refine(isValidSlug, "must be lowercase letters, digits and hyphens").optional(),
    body: bodySchema.default(emptyDocument),
    sectionId: z.uuid().nullable().default(null),
    tagIds: z.array(z.uuid()).max(30).refine(unique, "must not repeat a tag").default([]),
    bylineIds: z.array(z.uuid()).max(10).refine(unique, "must not repeat a person").default([]),
    heroImageUrl: imageUrlSchema.default(""),
    /** An item of the media library (lib/media); heroImageAlt and heroImageCredit, when not empty, override its own for this story. */
    heroMediaId: z.uuid().nullable().default(null),
    heroImageAlt: noMarkup(300).default(""),
    heroImageCredit: noMarkup(200).default(""),
    seoTitle: noMarkup(120).default(""),
    seoDescription: noMarkup(300).default(""),
    correctionNote: noMarkup(1000).default(""),
  })
  .strict();

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
export type ArticleField = keyof ArticleFields;

/** What each field is called on screen (editor, history, conflicts); every field has one. */
export const articleFieldLabels = {
  title: "Title",
  dek: "Dek",
  slug: "Slug",
  body: "Body",
  sectionId: "Section",
  tagIds: "Tags",
  bylineIds: "Bylines",
  heroImageUrl: "Hero image URL",
  heroMediaId: "Hero image",
  heroImageAlt: "Hero image alt text",
  heroImageCredit: "Hero image credit",
  seoTitle: "SEO title",
  seoDescription: "SEO description",
  correctionNote: "Correction note",
} as const satisfies Record<ArticleField, string>;

export const articleFields = Object.keys(articleFieldsSchema.shape) as ArticleField[];

/** The ordered lists kept in tables of their own (article_tags, article_authors). */
export type ArticleListField = "tagIds" | "bylineIds";
/** Every other field is a column of `articles` (and, but for the body, of `live_articles`) of the same name. */
export type ArticleColumnField = Exclude<ArticleField, ArticleListField>;
export const articleColumnFields = articleFields.filter((f): f is ArticleColumnField => f !== "tagIds" && f !== "bylineIds");

/** A full snapshot of the editable fields, stored with every revision: always a slug, null for no hero image. */
export type RevisionSnapshot = Omit<Required<ArticleFields>, "heroImageUrl"> & { heroImageUrl: string | null };

/** The column fields as stored in `articles`. */
export type ArticleColumns = Pick<RevisionSnapshot, ArticleColumnField>;

/** The column fields as the editor's form holds them ("" for no hero image). */
export type ArticleFormFields = Pick<Required<ArticleFields>, ArticleColumnField>;

/** The column fields of `source` (a row, a snapshot, parsed input), for a write or a read. */
export function columnFieldsOf<T extends Record<ArticleColumnField, unknown>>(source: T): Pick<T, ArticleColumnField> {
  return Object.fromEntries(articleColumnFields.map((f) => [f, source[f]])) as Pick<T, ArticleColumnField>;
}
