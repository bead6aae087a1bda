// The article body: a ProseMirror/Tiptap-compatible JSON document with a
// closed set of node and mark types. Anything outside this set is refused
// at the schema, so the HTML renderer only ever sees known shapes.
import { z } from "zod";

const MAX_TEXT = 100_000;

export const linkMarkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({ href: z.string().max(2048) }),
});
export const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  linkMarkSchema,
]);
export type Mark = z.infer<typeof markSchema>;

export const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(MAX_TEXT),
  marks: z.array(markSchema).max(3).optional(),
});
export const inlineSchema = z.discriminatedUnion("type", [
  textNodeSchema,
  z.object({ type: z.literal("hardBreak") }),
]);
export type Inline = z.infer<typeof inlineSchema>;

const inlineContent = z.array(inlineSchema).max(2_000).optional();

export const paragraphSchema = z.object({ type: z.literal("paragraph"), content: inlineContent });
export type Paragraph = z.infer<typeof paragraphSchema>;

const listItemSchema = z.object({
  type: z.literal("listItem"),
  content: z.array(paragraphSchema).min(1).max(20),
});

export const blockSchema = z.discriminatedUnion("type", [
  paragraphSchema,
  z.object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
    content: inlineContent,
  }),
  z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1).max(200) }),
  z.object({ type: z.literal("orderedList"), content: z.array(listItemSchema).min(1).max(200) }),
  z.object({ type: z.literal("blockquote"), content: z.array(paragraphSchema).min(1).max(50) }),
  z.object({
    type: z.literal("pullQuote"),
    attrs: z.object({ attribution: z.string().max(200).default("") }),
    content: inlineContent,
  }),
  z.object({
    type: z.literal("image"),
    attrs: z.object({
      src: z.string().max(2048),
      alt: z.string().max(500).default(""),
      caption: z.string().max(1000).default(""),
      credit: z.string().max(300).default(""),
    }),
  }),
  z.object({ type: z.literal("embed"), attrs: z.object({ url: z.string().max(2048) }) }),
  // Interview Q&A: the interviewer's question, then answers with a speaker.
  z.object({ type: z.literal("interviewQuestion"), content: inlineContent }),
  z.object({
    type: z.literal("interviewAnswer"),
    attrs: z.object({ speaker: z.string().min(1).max(120) }),
    content: inlineContent,
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const documentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(5_000),
});
export type ArticleDocument = z.infer<typeof documentSchema>;

export const emptyDocument: ArticleDocument = { type: "doc", content: [] };
