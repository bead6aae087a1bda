// The article body: a ProseMirror/Tiptap-compatible JSON document with a
// closed set of node and mark types. Anything outside this set is refused
// at the schema, so the HTML renderer only ever sees known shapes.
import { z } from "zod";

/**
 * How large and how deeply nested an article body may be. The stored shape
 * is flat (lists and quotes hold paragraphs only), so the depths bound what
 * comes in, and Markdown and HTML are refused past them while they are
 * parsed: `depth` for blocks in blocks (lists, quotes, headings, figures)
 * and for Markdown emphasis and links, `elementDepth` for HTML elements of
 * any kind. `nodes` counts blocks, list items, their paragraphs and inline
 * runs; `textChars` the characters of text, captions and attributions.
 */
export const BODY_LIMITS = { depth: 20, elementDepth: 100, nodes: 20_000, textChars: 500_000 } as const;

/** One run of text may hold all the text a body may: a long paragraph is the body's limit, not its own. */
const MAX_TEXT = BODY_LIMITS.textChars;

export const linkMarkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({ href: z.string().max(2048) }),
});
export const markSchema = z.discriminatedUnion("type", [z.object({ type: z.literal("bold") }), z.object({ type: z.literal("italic") }), linkMarkSchema]);
export type Mark = z.infer<typeof markSchema>;

export const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(MAX_TEXT),
  marks: z.array(markSchema).max(3).optional(),
});
export const inlineSchema = z.discriminatedUnion("type", [textNodeSchema, z.object({ type: z.literal("hardBreak") })]);
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
      // An item of the media library (lib/media); `src` is then what the last
      // save resolved it to, and alt, caption and credit override the item's own.
      mediaId: z.uuid().optional(),
      src: z.string().max(2048).default(""),
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

const count = (n: number) => n.toLocaleString("en-US");

/** What the document contains, for the size limits. */
export function measureDocument(doc: { content: Block[] }): { nodes: number; textChars: number } {
  let nodes = 0;
  let textChars = 0;
  const inline = (content: Inline[] = []) => {
    nodes += content.length;
    for (const node of content) if (node.type === "text") textChars += node.text.length;
  };
  const paragraphs = (ps: Paragraph[]) => {
    nodes += ps.length;
    for (const p of ps) inline(p.content);
  };
  for (const block of doc.content) {
    nodes += 1;
    switch (block.type) {
      case "bulletList":
      case "orderedList":
        nodes += block.content.length;
        for (const item of block.content) paragraphs(item.content);
        break;
      case "blockquote":
        paragraphs(block.content);
        break;
      case "image":
        textChars += block.attrs.alt.length + block.attrs.caption.length + block.attrs.credit.length;
        break;
      case "embed":
        break;
      case "pullQuote":
        textChars += block.attrs.attribution.length;
        inline(block.content);
        break;
      case "interviewAnswer":
        textChars += block.attrs.speaker.length;
        inline(block.content);
        break;
      default:
        inline(block.content);
    }
  }
  return { nodes, textChars };
}

/** Which size limit the document passes, said for an editor; null when it fits. */
export function documentSizeProblem(doc: { content: Block[] }): string | null {
  const { nodes, textChars } = measureDocument(doc);
  if (textChars > BODY_LIMITS.textChars) {
    return `has ${count(textChars)} characters of text; an article body holds at most ${count(BODY_LIMITS.textChars)}`;
  }
  if (nodes > BODY_LIMITS.nodes) {
    return `has ${count(nodes)} parts (blocks, list items, paragraphs and runs of formatted text); an article body holds at most ${count(BODY_LIMITS.nodes)}`;
  }
  return null;
}

/** Said when Markdown or HTML nests blocks (lists, quotes, headings, figures) past the limit. */
export const TOO_DEEP = `nests lists, quotes or other blocks more than ${BODY_LIMITS.depth} levels deep`;
/** Said when Markdown nests emphasis, links or strikethrough past the limit. */
export const EMPHASIS_TOO_DEEP = `nests emphasis or links more than ${BODY_LIMITS.depth} levels deep`;
/** Said when HTML nests elements past the limit. */
export const ELEMENTS_TOO_DEEP = `nests HTML elements more than ${BODY_LIMITS.elementDepth} levels deep`;

export const documentSchema = z
  .object({
    type: z.literal("doc"),
    content: z.array(blockSchema).max(5_000),
  })
  .superRefine((doc, ctx) => {
    const problem = documentSizeProblem(doc);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
export type ArticleDocument = z.infer<typeof documentSchema>;

export const emptyDocument: ArticleDocument = { type: "doc", content: [] };
