// Maps the editor's JSON (Tiptap getJSON) onto the stored document shape.
// The editor carries noise the schema refuses: extra attrs (textAlign, link
// target/rel/class), empty text nodes, empty blocks, nodes from pasted HTML.
// This keeps only what documentSchema knows, so a save never fails on noise.
// Words are never cut to fit: the schema's size limits stay its own to
// enforce, so an over-long body fails loudly instead of losing text.
import type { ArticleDocument, Block, Inline, Mark, Paragraph } from "./document";
import { parseEmbed } from "./embeds";
import { safeImageSrc, safeLinkHref } from "./render";

type Json = Record<string, unknown>;
type TextNode = Extract<Inline, { type: "text" }>;
type ListItem = { type: "listItem"; content: Paragraph[] };

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const childrenOf = (node: Json): Json[] => (Array.isArray(node.content) ? node.content.filter(isObject) : []);
const attrsOf = (node: Json): Json => (isObject(node.attrs) ? node.attrs : {});
const trimmed = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

function normalizeMarks(raw: unknown): Mark[] {
  const marks: Mark[] = [];
  for (const mark of Array.isArray(raw) ? raw : []) {
    if (!isObject(mark) || marks.some((m) => m.type === mark.type)) continue;
    if (mark.type === "bold" || mark.type === "italic") marks.push({ type: mark.type });
    if (mark.type === "link") {
      // An unsafe href loses the link but keeps the words.
      const href = safeLinkHref(trimmed(attrsOf(mark).href));
      if (href) marks.push({ type: "link", attrs: { href } });
    }
  }
  return marks;
}

const markKey = (marks: Mark[] = []) =>
  marks
    .map((m) => (m.type === "link" ? `link:${m.attrs.href}` : m.type))
    .sort()
    .join("|");

function normalizeInline(nodes: Json[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === "hardBreak") out.push({ type: "hardBreak" });
    if (node.type !== "text" || typeof node.text !== "string" || !node.text) continue;
    const marks = normalizeMarks(node.marks);
    const previous = out.at(-1);
    // Dropping a mark can leave neighbours identical: join them, as ProseMirror would.
    if (previous?.type === "text" && markKey(previous.marks) === markKey(marks)) {
      out[out.length - 1] = { ...previous, text: previous.text + node.text };
      continue;
    }
    const text: TextNode = marks.length ? { type: "text", text: node.text, marks } : { type: "text", text: node.text };
    out.push(text);
  }
  return out;
}

const inlineOf = (node: Json) => normalizeInline(childrenOf(node));

/** Every text-bearing block inside `node`, as paragraphs, in document order. */
function paragraphsIn(node: Json): Paragraph[] {
  if (node.type === "text" || node.type === "hardBreak") return [];
  const kids = childrenOf(node);
  if (kids.some((kid) => kid.type === "text" || kid.type === "hardBreak")) {
    const content = normalizeInline(kids);
    return content.length ? [{ type: "paragraph", content }] : [];
  }
  return kids.flatMap(paragraphsIn);
}

/** List items; a nested list (which the schema cannot hold) becomes the items that follow. */
function listItemsIn(list: Json): ListItem[] {
  return childrenOf(list).flatMap((item) => {
    const own = childrenOf(item).filter((kid) => kid.type !== "bulletList" && kid.type !== "orderedList");
    const nested = childrenOf(item).filter((kid) => kid.type === "bulletList" || kid.type === "orderedList");
    const content = own.flatMap(paragraphsIn);
    const head: ListItem[] = content.length ? [{ type: "listItem", content }] : [];
    return [...head, ...nested.flatMap(listItemsIn)];
  });
}

function headingLevel(raw: unknown): 2 | 3 | 4 {
  const level = typeof raw === "number" ? raw : Number(raw);
  if (level === 3) return 3;
  return level >= 4 ? 4 : 2; // h1 would compete with the article title
}

function normalizeBlock(node: Json): Block | null {
  const attrs = attrsOf(node);
  switch (node.type) {
    case "paragraph": {
      const content = inlineOf(node);
      return content.length ? { type: "paragraph", content } : null;
    }
    case "heading": {
      const content = inlineOf(node);
      return content.length ? { type: "heading", attrs: { level: headingLevel(attrs.level) }, content } : null;
    }
    case "bulletList":
    case "orderedList": {
      const content = listItemsIn(node);
      return content.length ? { type: node.type, content } : null;
    }
    case "blockquote": {
      const content = paragraphsIn(node);
      return content.length ? { type: "blockquote", content } : null;
    }
    case "pullQuote": {
      const content = inlineOf(node);
      return content.length ? { type: "pullQuote", attrs: { attribution: trimmed(attrs.attribution) }, content } : null;
    }
    case "image": {
      const src = safeImageSrc(trimmed(attrs.src));
      if (!src) return null;
      const rest = { alt: trimmed(attrs.alt), caption: trimmed(attrs.caption), credit: trimmed(attrs.credit) };
      return { type: "image", attrs: { src, ...rest } };
    }
    case "embed": {
      const url = trimmed(attrs.url);
      return parseEmbed(url) ? { type: "embed", attrs: { url } } : null;
    }
    case "interviewQuestion": {
      const content = inlineOf(node);
      return content.length ? { type: "interviewQuestion", content } : null;
    }
    case "interviewAnswer": {
      const content = inlineOf(node);
      if (!content.length) return null;
      const speaker = trimmed(attrs.speaker);
      // An answer with no speaker would publish as ": text"; keep the words as a paragraph.
      return speaker ? { type: "interviewAnswer", attrs: { speaker }, content } : { type: "paragraph", content };
    }
    default:
      return null;
  }
}

/** Returns a document that passes documentSchema's shape rules (size limits aside). */
export function normalizeDocument(json: unknown): ArticleDocument {
  if (!isObject(json) || json.type !== "doc") return { type: "doc", content: [] };
  const content = childrenOf(json)
    .map(normalizeBlock)
    .filter((block): block is Block => block !== null);
  return { type: "doc", content };
}
