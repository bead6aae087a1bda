// Small builders for writing documents in code (seed content, tests).
// Inline text accepts a light markup: **bold**, *italic*, [label](https://…).
import type { ArticleDocument, Block, Inline, Mark } from "./document";

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)\)/g;

export function inline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  const push = (text: string, marks?: Mark[]) => {
    if (text) out.push(marks ? { type: "text", text, marks } : { type: "text", text });
  };
  for (const m of source.matchAll(INLINE)) {
    push(source.slice(last, m.index));
    if (m[1] !== undefined) push(m[1], [{ type: "bold" }]);
    else if (m[2] !== undefined) push(m[2], [{ type: "italic" }]);
    else push(m[3], [{ type: "link", attrs: { href: m[4] } }]);
    last = m.index + m[0].length;
  }
  push(source.slice(last));
  return out;
}

export const doc = (...content: Block[]): ArticleDocument => ({ type: "doc", content });
export const p = (text: string): Block => ({ type: "paragraph", content: inline(text) });
export const h2 = (text: string): Block => ({ type: "heading", attrs: { level: 2 }, content: inline(text) });
export const h3 = (text: string): Block => ({ type: "heading", attrs: { level: 3 }, content: inline(text) });
export const quote = (...paragraphs: string[]): Block => ({
  type: "blockquote",
  content: paragraphs.map((t) => ({ type: "paragraph" as const, content: inline(t) })),
});
export const pullQuote = (text: string, attribution = ""): Block => ({
  type: "pullQuote",
  attrs: { attribution },
  content: inline(text),
});
export const bullets = (...items: string[]): Block => ({
  type: "bulletList",
  content: items.map((t) => ({
    type: "listItem" as const,
    content: [{ type: "paragraph" as const, content: inline(t) }],
  })),
});
export const image = (src: string, alt: string, caption = "", credit = ""): Block => ({
  type: "image",
  attrs: { src, alt, caption, credit },
});
export const embed = (url: string): Block => ({ type: "embed", attrs: { url } });
export const question = (text: string): Block => ({ type: "interviewQuestion", content: inline(text) });
export const answer = (speaker: string, text: string): Block => ({
  type: "interviewAnswer",
  attrs: { speaker },
  content: inline(text),
});
