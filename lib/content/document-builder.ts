// Blocks and inline runs -> article document: the pieces the HTML walker
// (from-html.ts) and the Markdown reader (from-markdown.ts) both build with.
// Marks keep one order, links and image sources pass the renderer's safety
// checks (render.ts) or are dropped, and inline text is tidied into
// paragraphs the way the editor would save them.
import type { Block, Inline, Mark, Paragraph } from "./document";
import { safeImageSrc, safeLinkHref } from "./render";

export type ImageBlock = Extract<Block, { type: "image" }>;

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

export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
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
