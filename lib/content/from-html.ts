// HTML (from an API client or a paste) -> article document. Only the shapes
// the document knows survive: paragraphs, headings, lists, blockquotes,
// images, bold, italic, links and line breaks. Every other element is
// unwrapped to its text; script-like elements are dropped with their
// content. Only href, src and alt are ever read, so no other attribute
// (onerror, style, ...) can reach the document. Nesting past BODY_LIMITS
// is refused while parsing (before it can cost time or stack), and a result
// past the size limits is refused too, both with bodyRefused.
import { DomHandler, DomUtils, Parser, type parseDocument } from "htmlparser2";
import { type ArticleDocument, type Block, BODY_LIMITS, ELEMENTS_TOO_DEEP, type Inline, type Mark, type Paragraph, TOO_DEEP } from "./document";
import { bodyRefused, withinBodyLimits } from "./limits";
import { safeImageSrc, safeLinkHref } from "./render";

type Node = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;
type ImageBlock = Extract<Block, { type: "image" }>;

// ---- Shared with from-markdown.ts -------------------------------------------

const MAX_URL = 2048;
const MARK_ORDER: Mark["type"][] = ["bold", "italic", "link"];

/** The marks with `mark` added (a link replaces an outer link), in a fixed order. */
export function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  const next = [...marks.filter((m) => m.type !== mark.type), mark];
  return next.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

/** A link mark for a safe href, or null: unsafe links are never emitted. */
export function linkMark(href: string | undefined): Mark | null {
  const safe = href ? safeLinkHref(href) : null;
  return safe && safe.length <= MAX_URL ? { type: "link", attrs: { href: safe } } : null;
}

/** An image block for a safe (https or site-relative) src, or null. */
export function imageBlock(src: string | undefined, alt = "", caption = ""): ImageBlock | null {
  const safe = src ? safeImageSrc(src) : null;
  if (!safe || safe.length > MAX_URL) return null;
  return { type: "image", attrs: { src: safe, alt: oneLine(alt).slice(0, 500), caption: oneLine(caption).slice(0, 1000), credit: "" } };
}

export const headingLevel = (level: number): 2 | 3 | 4 => (level <= 2 ? 2 : level === 3 ? 3 : 4);

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
const sameMarks = (a: readonly Mark[] = [], b: readonly Mark[] = []) => JSON.stringify(a) === JSON.stringify(b);

/** Collects blocks, with a run of inline content that becomes a paragraph when a block starts. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  private run: Inline[] = [];

  text(text: string, marks: readonly Mark[]) {
    if (!text) return;
    const last = this.run.at(-1);
    if (last?.type === "text" && sameMarks(last.marks, marks)) last.text += text;
    else this.run.push(marks.length ? { type: "text", text, marks: [...marks] } : { type: "text", text });
  }

  hardBreak() {
    this.run.push({ type: "hardBreak" });
  }

  block(block: Block) {
    this.flush();
    this.blocks.push(block);
  }

  /** Ends the current paragraph, if it has any text. */
  flush() {
    const content = tidy(this.run);
    this.run = [];
    if (content.length) this.blocks.push({ type: "paragraph", content });
  }

  done(): Block[] {
    this.flush();
    return this.blocks;
  }
}

/** Collapses runs of spaces, trims the run's ends and around line breaks, drops breaks at either end. */
function tidy(run: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of run) {
    if (node.type === "hardBreak") {
      trimTrailingSpace(out);
      if (out.length) out.push(node);
      continue;
    }
    const prev = out.at(-1);
    const startsLine = !prev || prev.type === "hardBreak" || (prev.type === "text" && prev.text.endsWith(" "));
    const collapsed = node.text.replace(/ {2,}/g, " ");
    const text = startsLine ? collapsed.replace(/^ +/, "") : collapsed;
    if (text) out.push({ ...node, text });
  }
  while (out.at(-1)?.type === "hardBreak") {
    out.pop();
    trimTrailingSpace(out);
  }
  trimTrailingSpace(out);
  return out;
}

function trimTrailingSpace(out: Inline[]) {
  let last = out.at(-1);
  while (last?.type === "text") {
    last.text = last.text.replace(/ +$/, "");
    if (last.text) return;
    out.pop();
    last = out.at(-1);
  }
}

/**
 * Blocks flattened to the paragraphs a list item or blockquote may hold;
 * images (which they cannot hold) are handed back to be placed after it.
 */
export function toParagraphs(blocks: Block[]): { paragraphs: Paragraph[]; images: Block[] } {
  const paragraphs: Paragraph[] = [];
  const images: Block[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph" || block.type === "heading") {
      if (block.content?.length) paragraphs.push({ type: "paragraph", content: block.content });
    } else if (block.type === "bulletList" || block.type === "orderedList") {
      for (const item of block.content) paragraphs.push(...item.content);
    } else if (block.type === "blockquote") {
      paragraphs.push(...block.content);
    } else {
      images.push(block);
    }
  }
  return { paragraphs, images };
}

/** Headings hold inline content only: each paragraph becomes a heading, images follow. */
export function asHeadings(blocks: Block[], level: 2 | 3 | 4): Block[] {
  return blocks.map((b): Block => (b.type === "paragraph" ? { type: "heading", attrs: { level }, content: b.content } : b));
}

// ---- HTML ---------------------------------------------------------------------

/** Dropped with everything inside them. */
const DROPPED = new Set([
  "script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "math", "head", "title",
  "select", "textarea", "button", "input", "canvas", "audio", "video",
]);
/** Unwrapped like any unknown element, but they end the paragraph before and after them. */
const BLOCKISH = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "details",
  "summary", "dl", "dt", "dd", "hr", "table", "thead", "tbody", "tfoot", "tr", "caption", "form",
  "fieldset", "legend", "center", "body", "html", "li", "figcaption",
]);

/** Elements that hold blocks: their nesting counts against BODY_LIMITS.depth. */
const BLOCK_NESTING = new Set(["ul", "ol", "blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Builds the DOM like parseDocument, refusing the body as soon as elements
 * nest past the limits. htmlparser2 keeps its open elements in an array it
 * grows at the front, so unbounded nesting (<b> x 200,000) would also be
 * quadratic to parse, not only too deep to walk.
 */
class BoundedHandler extends DomHandler {
  private blockDepth = 0;

  override onopentag(name: string, attribs: Record<string, string>) {
    // tagStack holds the document root and every open element.
    if (this.tagStack.length > BODY_LIMITS.elementDepth) throw bodyRefused(ELEMENTS_TOO_DEEP);
    if (BLOCK_NESTING.has(name)) {
      if (this.blockDepth >= BODY_LIMITS.depth) throw bodyRefused(TOO_DEEP);
      this.blockDepth++;
    }
    super.onopentag(name, attribs);
  }

  override onclosetag() {
    const closing = this.tagStack.at(-1);
    super.onclosetag();
    if (closing && DomUtils.isTag(closing) && BLOCK_NESTING.has(closing.name)) this.blockDepth--;
  }
}

function parseBounded(html: string) {
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

export function htmlToDocument(html: string): ArticleDocument {
  const root = parseBounded(html);
  const builder = new DocumentBuilder();
  walk(root.children, builder, [], false);
  return withinBodyLimits({ type: "doc", content: builder.done() });
}

function walk(nodes: Node[], b: DocumentBuilder, marks: Mark[], pre: boolean) {
  for (const node of nodes) {
    if (DomUtils.isText(node)) {
      if (pre) {
        node.data.split("\n").forEach((line, i) => {
          if (i > 0) b.hardBreak();
          b.text(line, marks);
        });
      } else {
        b.text(node.data.replace(/[ \t\n\r\f]+/g, " "), marks);
      }
    } else if (DomUtils.isTag(node)) {
      element(node as Element, b, marks, pre);
    }
  }
}

function element(el: Element, b: DocumentBuilder, marks: Mark[], pre: boolean) {
  const name = el.name.toLowerCase();
  if (DROPPED.has(name)) return;
  const children = el.children as Node[];
  switch (name) {
    case "br":
      return b.hardBreak();
    case "strong":
    case "b":
      return walk(children, b, withMark(marks, { type: "bold" }), pre);
    case "em":
    case "i":
      return walk(children, b, withMark(marks, { type: "italic" }), pre);
    case "a": {
      const link = linkMark(el.attribs.href);
      return walk(children, b, link ? withMark(marks, link) : marks, pre);
    }
    case "img": {
      const image = imageBlock(el.attribs.src, el.attribs.alt ?? "");
      if (image) b.block(image);
      return;
    }
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
      b.flush();
      for (const block of asHeadings(inner(children, marks, pre), headingLevel(Number(name[1])))) b.block(block);
      return;
    case "ul":
    case "ol":
      return list(el, name === "ol" ? "orderedList" : "bulletList", b, marks, pre);
    case "blockquote": {
      const { paragraphs, images } = toParagraphs(inner(children, marks, pre));
      if (paragraphs.length) b.block({ type: "blockquote", content: paragraphs });
      images.forEach((image) => b.block(image));
      return;
    }
    case "figure":
      return figure(el, b, marks, pre);
    case "pre":
      b.flush();
      walk(children, b, marks, true);
      return b.flush();
    case "td":
    case "th":
      walk(children, b, marks, pre);
      return b.text(" ", marks);
    default:
      if (BLOCKISH.has(name)) b.flush();
      walk(children, b, marks, pre);
      if (BLOCKISH.has(name)) b.flush();
  }
}

/** The blocks an element's children make on their own. */
function inner(children: Node[], marks: Mark[], pre: boolean): Block[] {
  const sub = new DocumentBuilder();
  walk(children, sub, marks, pre);
  return sub.done();
}

const plainText = (blocks: Block[]) =>
  oneLine(
    toParagraphs(blocks)
      .paragraphs.map((p) => (p.content ?? []).map((n) => (n.type === "text" ? n.text : " ")).join(""))
      .join(" "),
  ).slice(0, 1000);

function list(el: Element, type: "bulletList" | "orderedList", b: DocumentBuilder, marks: Mark[], pre: boolean) {
  const items: { type: "listItem"; content: Paragraph[] }[] = [];
  const hoisted: Block[] = [];
  for (const child of el.children as Node[]) {
    // Stray text or elements between the items are an item of their own.
    const { paragraphs, images } = toParagraphs(inner([child], marks, pre));
    if (paragraphs.length) items.push({ type: "listItem", content: paragraphs });
    hoisted.push(...images);
  }
  if (items.length) b.block({ type, content: items });
  hoisted.forEach((image) => b.block(image));
}

function figure(el: Element, b: DocumentBuilder, marks: Mark[], pre: boolean) {
  const children = el.children as Node[];
  const captionEl = children.find((c): c is Element => DomUtils.isTag(c) && c.name.toLowerCase() === "figcaption");
  const blocks = inner(
    children.filter((c) => c !== captionEl),
    marks,
    pre,
  );
  const caption = captionEl ? plainText(inner(captionEl.children as Node[], [], false)) : "";
  const first = blocks.find((x): x is ImageBlock => x.type === "image");
  if (first && caption) first.attrs.caption = caption;
  else if (caption) blocks.push({ type: "paragraph", content: [{ type: "text", text: caption }] });
  blocks.forEach((block) => b.block(block));
}
