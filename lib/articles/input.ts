// What an editor may set on an article's working copy, validated.
import { z } from "zod";
import { documentSchema, emptyDocument } from "@/lib/content/document";
import { isValidSlug } from "./slug";

const noMarkup = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >");

const imageUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v) || /^\/(?!\/)[^\s]*$/.test(v), "must be an https URL or a path on this site");

const unique = (ids: string[]) => new Set(ids).size === ids.length;

export const articleFieldsSchema = z
  .object({
    title: noMarkup(200).pipe(z.string().min(1, "is required")),
    dek: noMarkup(400).default(""),
    slug: z.string().trim().refine(isValidSlug, "must be lowercase letters, digits and hyphens").optional(),
    body: documentSchema.default(emptyDocument),
    sectionId: z.uuid().nullable().default(null),
    tagIds: z.array(z.uuid()).max(30).refine(unique, "must not repeat a tag").default([]),
    bylineIds: z.array(z.uuid()).max(10).refine(unique, "must not repeat a person").default([]),
    heroImageUrl: imageUrl.default(""),
    heroImageAlt: noMarkup(300).default(""),
    heroImageCredit: noMarkup(200).default(""),
    seoTitle: noMarkup(120).default(""),
    seoDescription: noMarkup(300).default(""),
    correctionNote: noMarkup(1000).default(""),
  })
  .strict();

export type ArticleFields = z.infer<typeof articleFieldsSchema>;
export type ArticleFieldsInput = z.input<typeof articleFieldsSchema>;
