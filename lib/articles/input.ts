// What an editor may set on an article's working copy, validated.
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
    if (block.type !== "image") return;
    const problem = imageUrlProblem(block.attrs.src.trim());
    if (problem) ctx.addIssue({ code: "custom", path: ["content", index], message: `image ${index + 1}: its address ${problem}` });
  });
});

const unique = (ids: string[]) => new Set(ids).size === ids.length;

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
    heroImageAlt: noMarkup(300).default(""),
    heroImageCredit: noMarkup(200).default(""),
    seoTitle: noMarkup(120).default(""),
    seoDescription: noMarkup(300).default(""),
    correctionNote: noMarkup(1000).default(""),
  })
  .strict();

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
