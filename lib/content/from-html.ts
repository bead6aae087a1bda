// HTML (from an API client or a paste) -> article document. Only the shapes
// the document knows survive: paragraphs, headings, lists, blockquotes,
// images, bold, italic, links and line breaks. Every other element is
// unwrapped to its text; script-like elements are dropped with their
// content. Only href, src and alt are ever read, so no other attribute
// (onerror, style, ...) can reach the document. Nesting past BODY_LIMITS
// is refused while parsing (html-parser.ts, before it can cost time or
// stack), and a result past the size limits is refused too, both with
// bodyRefused. The blocks are put together with document-builder.ts.
import { DomUtils } from "htmlparser2";
import type { ArticleDocument, Block, Mark, Paragraph } from "./document";
import { asHeadings, DocumentBuilder, headingLevel, type ImageBlock, imageBlock, linkMark, oneLine, toParagraphs, withMark } from "./document-builder";
import { type HtmlElement as Element, type HtmlNode as Node, parseHtml } from "./html-parser";
import { withinBodyLimits } from "./limits";

/** Dropped with everything inside them. */
const DROPPED = new Set([
  "script",
  "style",
  "iframe",
  "noscript",
  "template",
  "object",
  "embed",
  "svg",
  "math",
  "head",
  "title",
  "select",
  "textarea",
  "button",
  "input",
  "canvas",
  "audio",
  "video",
]);
/** Unwrapped like any unknown element, but they end the paragraph before and after them. */
const BLOCKISH = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "address",
  "details",
  "summary",
  "dl",
  "dt",
  "dd",
  "hr",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "form",
  "fieldset",
  "legend",
  "center",
  "body",
  "html",
  "li",
  "figcaption",
]);

export function htmlToDocument(html: string): ArticleDocument {
  const root = parseHtml(html);
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
