// Markdown (from an API client) -> article document, through marked's lexer:
// headings (levels clamped to 2..4), paragraphs, bold, italic, links, lists,
// blockquotes, images and hard breaks. Raw HTML is dropped (the text between
// harmless tags survives; script-like elements lose their content too).
// Code becomes plain text and tables one paragraph per row, since the
// document has no such blocks. A body past BODY_LIMITS (nesting, size) is
// refused with bodyRefused; see markdown-lexer.ts for how lexing is bounded.
import { decodeHTMLStrict } from "entities";
import type { Token, Tokens } from "marked";
import type { ArticleDocument, Block, Mark, Paragraph } from "./document";
import { asHeadings, DocumentBuilder, headingLevel, imageBlock, linkMark, toParagraphs, withMark } from "./document-builder";
import { withinBodyLimits } from "./limits";
import { lexMarkdown } from "./markdown-lexer";

const RAW_OPEN = /^<(script|style|iframe|noscript|template|textarea|title)\b[^>]*>/i;

export function markdownToDocument(markdown: string): ArticleDocument {
  const tokens = lexMarkdown(markdown);
  const builder = new DocumentBuilder();
  blocks(tokens, builder);
  return withinBodyLimits({ type: "doc", content: builder.done() });
}

function blocks(tokens: Token[], b: DocumentBuilder) {
  for (const token of tokens) block(token, b);
}

function block(token: Token, b: DocumentBuilder) {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case "paragraph":
    case "text":
      b.flush();
      inlines(t.tokens ?? [{ type: "text", raw: t.text, text: t.text }], b, []);
      return b.flush();
    case "heading":
      b.flush();
      for (const x of asHeadings(
        inner((h) => inlines(t.tokens ?? [], h, [])),
        headingLevel(t.depth),
      ))
        b.block(x);
      return;
    case "list":
      return list(token as Tokens.List, b);
    case "blockquote": {
      const { paragraphs, images } = toParagraphs(inner((q) => blocks(t.tokens ?? [], q)));
      if (paragraphs.length) b.block({ type: "blockquote", content: paragraphs });
      images.forEach((image) => b.block(image));
      return;
    }
    case "code":
      b.flush();
      (t.text as string).split("\n").forEach((line, i) => {
        if (i > 0) b.hardBreak();
        b.text(line, []);
      });
      return b.flush();
    case "table":
      return table(token as Tokens.Table, b);
    default:
      // html (raw HTML is dropped), hr, space, def, and anything unknown.
      return;
  }
}

/** The blocks `fill` makes on a builder of their own. */
function inner(fill: (b: DocumentBuilder) => void): Block[] {
  const sub = new DocumentBuilder();
  fill(sub);
  return sub.done();
}

function list(token: Tokens.List, b: DocumentBuilder) {
  const items: { type: "listItem"; content: Paragraph[] }[] = [];
  const hoisted: Block[] = [];
  for (const item of token.items) {
    // Nested lists flatten into the item's paragraphs: list items hold paragraphs only.
    const { paragraphs, images } = toParagraphs(inner((sub) => blocks(item.tokens, sub)));
    if (paragraphs.length) items.push({ type: "listItem", content: paragraphs });
    hoisted.push(...images);
  }
  if (items.length) b.block({ type: token.ordered ? "orderedList" : "bulletList", content: items });
  hoisted.forEach((image) => b.block(image));
}

function table(token: Tokens.Table, b: DocumentBuilder) {
  b.flush();
  for (const row of [token.header, ...token.rows]) {
    row.forEach((cell, i) => {
      if (i > 0) b.text(" | ", []);
      inlines(cell.tokens, b, []);
    });
    b.flush();
  }
}

function inlines(tokens: Token[], b: DocumentBuilder, marks: Mark[]) {
  let skipping: string | null = null;
  for (const token of tokens) {
    const t = token as Tokens.Generic;
    if (skipping) {
      if (t.type === "html" && new RegExp(`^</${skipping}\\s*>`, "i").test(t.text)) skipping = null;
      continue;
    }
    switch (t.type) {
      case "text":
        if (t.tokens?.length) inlines(t.tokens, b, marks);
        else b.text(softBreaks(decodeHTMLStrict(t.text)), marks);
        break;
      case "escape":
      case "codespan":
        b.text(softBreaks(t.text), marks);
        break;
      case "strong":
        inlines(t.tokens ?? [], b, withMark(marks, { type: "bold" }));
        break;
      case "em":
        inlines(t.tokens ?? [], b, withMark(marks, { type: "italic" }));
        break;
      case "del":
        inlines(t.tokens ?? [], b, marks);
        break;
      case "link": {
        const link = linkMark(t.href);
        inlines(t.tokens ?? [], b, link ? withMark(marks, link) : marks);
        break;
      }
      case "image": {
        const image = imageBlock(t.href, decodeHTMLStrict(t.text ?? ""), t.title ?? "");
        if (image) b.block(image);
        break;
      }
      case "br":
        b.hardBreak();
        break;
      case "html": {
        const open = RAW_OPEN.exec(t.text);
        if (open && !new RegExp(`</${open[1]}\\s*>`, "i").test(t.text)) skipping = open[1];
        break;
      }
      default:
        // checkbox and extension tokens carry no text of their own
        break;
    }
  }
}

/**
 * A newline inside a paragraph is a space in Markdown, and so are the spaces
 * and tabs around it. Trimmed by hand: a pattern with a run of blanks before
 * the newline rescans a long run of spaces from each of them (quadratic).
 */
function softBreaks(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  return lines.map((line, i) => trimBlanks(line, i > 0, i < lines.length - 1)).join(" ");
}

const isBlank = (code: number) => code === 32 || code === 9;

function trimBlanks(line: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = line.length;
  if (start) while (from < to && isBlank(line.charCodeAt(from))) from++;
  if (end) while (to > from && isBlank(line.charCodeAt(to - 1))) to--;
  return line.slice(from, to);
}
