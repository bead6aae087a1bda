// Maps the editor's JSON (Tiptap getJSON) onto the stored document shape.
// The editor carries noise the schema refuses: extra attrs (textAlign, link
// target/rel/class), empty text nodes, empty blocks, nodes from pasted HTML.
// This keeps only what documentSchema knows, so a save never fails on noise.
// Words are never cut to fit: the size limits (BODY_LIMITS) stay the
// schema's to enforce, so an over-long body is refused on save with a field
// error on "body" instead of losing text. Nesting is flattened, never
// refused (this runs in the editor on every change), and walked without
// recursion, so no depth of pasted content can exhaust the call stack.
import type { ArticleDocument, Block, Inline, Mark, Paragraph } from "./document";
import { parseEmbed } from "./embeds";
import { safeImageSrc, safeLinkHref } from "./render";

type Json = Record<string, unknown>;
type TextNode = Extract<Inline, { type: "text" }>;
type ListItem = { type: "listItem"; content: Paragraph[] };

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const childrenOf = (node: Json): Json[] => (Array.isArray(node.content) ? node.content.filter(isObject) : []);
const attrsOf = (node: Json): Json => (isObject(node.attrs) ? node.attrs : {});
const trimmed = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

const isInline = (node: Json) => node.type === "text" || node.type === "hardBreak";
const isList = (node: Json) => node.type === "bulletList" || node.type === "orderedList";

/**
 * Every text-bearing block inside `node`, as paragraphs, in document order.
 * Walked with a stack of its own, so pasted content nested however deep
 * never runs out of call stack.
 */
function paragraphsIn(node: Json): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: Json[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (isInline(next)) continue;
    const kids = childrenOf(next);
    if (kids.some(isInline)) {
      const content = normalizeInline(kids);
      if (content.length) out.push({ type: "paragraph", content });
      continue;
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** List items; a nested list (which the schema cannot hold) becomes the items that follow its item. */
function listItemsIn(list: Json): ListItem[] {
  const out: ListItem[] = [];
  const stack: Json[] = childrenOf(list).reverse();
  while (stack.length) {
    const kids = childrenOf(stack.pop()!);
    const content = kids.filter((kid) => !isList(kid)).flatMap(paragraphsIn);
    if (content.length) out.push({ type: "listItem", content });
    const nested = kids.filter(isList).flatMap(childrenOf);
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]);
  }
  return out;
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
      const mediaId = typeof attrs.mediaId === "string" && UUID.test(attrs.mediaId) ? attrs.mediaId.toLowerCase() : undefined;
      const src = safeImageSrc(trimmed(attrs.src));
      if (!src && !mediaId) return null;
      const rest = { alt: trimmed(attrs.alt), caption: trimmed(attrs.caption), credit: trimmed(attrs.credit) };
      return { type: "image", attrs: { ...(mediaId ? { mediaId } : {}), src: src ?? "", ...rest } };
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
