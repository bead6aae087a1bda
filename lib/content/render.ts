// Pure renderers for the article document: HTML, plain text and excerpts.
// No DOM and no server-only imports; every text and attribute value is
// escaped, and URLs are checked against small allow-lists.
import type { ArticleDocument, Block, Inline, Mark, Paragraph } from "./document";
import { parseEmbed } from "./embeds";

export { parseEmbed } from "./embeds";
export type { Embed, EmbedProvider } from "./embeds";

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Removes ASCII control characters except \n and \t. */
export const clean = (text: string): string => text.replace(CONTROL, "");
/** Escapes for both text and double-quoted attribute contexts. */
export const escapeHtml = (text: string): string => clean(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

const LINK_SCHEMES = ["http:", "https:", "mailto:"];
const IMAGE_SCHEMES = ["https:"];

/** Returns the URL if it is a site-relative path ("/x", not "//x") or uses an allowed scheme. */
function safeUrl(raw: string, schemes: string[]): string | null {
  const url = raw.trim();
  if (!url || /[\x00-\x20\x7f\\]/.test(url)) return null;
  if (url.startsWith("/")) return url.startsWith("//") ? null : url;
  try {
    return schemes.includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}
export const safeLinkHref = (href: string) => safeUrl(href, LINK_SCHEMES);
export const safeImageSrc = (src: string) => safeUrl(src, IMAGE_SCHEMES);

// ---- HTML ------------------------------------------------------------------

function renderText(text: string, marks: Mark[] = []): string {
  let html = escapeHtml(text);
  const has = (type: Mark["type"]) => marks.some((m) => m.type === type);
  if (has("italic")) html = `<em>${html}</em>`;
  if (has("bold")) html = `<strong>${html}</strong>`;
  const link = marks.find((m) => m.type === "link");
  const href = link?.type === "link" ? safeLinkHref(link.attrs.href) : null;
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>` : html;
}

function renderInline(content: Inline[] = []): string {
  return content.map((node) => (node.type === "hardBreak" ? "<br>" : node.type === "text" ? renderText(node.text, node.marks) : "")).join("");
}

const wrap = (tag: string, inner: string, attrs = "") => (inner ? `<${tag}${attrs}>${inner}</${tag}>` : "");
const paragraphs = (ps: Paragraph[]) => ps.map((p) => wrap("p", renderInline(p.content))).join("");

function renderList(tag: "ul" | "ol", items: { content: Paragraph[] }[]): string {
  const li = items.map((item) => (item.content.length === 1 ? `<li>${renderInline(item.content[0].content)}</li>` : `<li>${paragraphs(item.content)}</li>`));
  return `<${tag}>${li.join("")}</${tag}>`;
}

/**
 * A media library item as an image block shows it: the default `src`, the
 * `srcset` of its variants in one format every browser reads, its size (so
 * the page keeps its place before it loads), and its own texts, which the
 * block's texts override when not empty. Given by the caller, so rendering
 * stays pure.
 */
export type LibraryImage = { src: string; srcset: string; width: number; height: number; alt: string; caption: string; credit: string };
export type LibraryImages = (mediaId: string) => LibraryImage | undefined;

/** The `sizes` of a body image: the column is at most about 45rem wide. */
const BODY_IMAGE_SIZES = "(min-width: 48rem) 45rem, 100vw";

function renderImage(attrs: { mediaId?: string; src: string; alt: string; caption: string; credit: string }, images?: LibraryImages): string {
  const item = attrs.mediaId ? images?.(attrs.mediaId) : undefined;
  const src = item ? safeImageSrc(item.src) : safeImageSrc(attrs.src);
  if (!src) return "";
  const pick = (own: string, theirs = "") => own.trim() || theirs.trim();
  const credit = wrap("span", escapeHtml(pick(attrs.credit, item?.credit)), ' class="credit"');
  const caption = [escapeHtml(pick(attrs.caption, item?.caption)), credit].filter(Boolean).join(" ");
  const sized = item
    ? ` srcset="${escapeHtml(item.srcset)}" sizes="${BODY_IMAGE_SIZES}" width="${Math.round(item.width)}" height="${Math.round(item.height)}"`
    : "";
  const img = `<img src="${escapeHtml(src)}"${sized} alt="${escapeHtml(pick(attrs.alt ?? "", item?.alt))}" loading="lazy" decoding="async">`;
  return `<figure class="article-image">${img}${wrap("figcaption", caption)}</figure>`;
}

const EMBED_LABELS = { x: "X", instagram: "Instagram", tiktok: "TikTok" } as const;

function renderEmbed(rawUrl: string): string {
  const embed = parseEmbed(rawUrl);
  if (!embed) return "";
  if (embed.provider === "youtube") {
    const src = `https://www.youtube-nocookie.com/embed/${escapeHtml(embed.id ?? "")}`;
    return `<figure class="embed embed-youtube"><iframe src="${src}" title="YouTube video" loading="lazy" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen></iframe></figure>`;
  }
  const link = `<a href="${escapeHtml(embed.url)}" rel="noopener noreferrer">View on ${EMBED_LABELS[embed.provider]}</a>`;
  return `<figure class="embed embed-${embed.provider}">${link}</figure>`;
}

function renderPullQuote(content: Inline[] | undefined, attribution: string): string {
  const text = renderInline(content);
  if (!text) return "";
  const by = attribution.trim() ? `<figcaption>— ${escapeHtml(attribution.trim())}</figcaption>` : "";
  return `<figure class="pull-quote"><blockquote><p>${text}</p></blockquote>${by}</figure>`;
}

function renderAnswer(speaker: string, content: Inline[] | undefined): string {
  const text = renderInline(content);
  const who = `<strong class="qa-speaker">${escapeHtml(speaker)}:</strong>`;
  return text ? `<p class="qa-answer">${who} ${text}</p>` : "";
}

function renderBlock(block: Block, images?: LibraryImages): string {
  switch (block.type) {
    case "paragraph":
      return wrap("p", renderInline(block.content));
    case "heading": {
      const level = [2, 3, 4].includes(block.attrs.level) ? block.attrs.level : 2;
      return wrap(`h${level}`, renderInline(block.content));
    }
    case "bulletList":
      return renderList("ul", block.content);
    case "orderedList":
      return renderList("ol", block.content);
    case "blockquote":
      return wrap("blockquote", paragraphs(block.content));
    case "pullQuote":
      return renderPullQuote(block.content, block.attrs.attribution ?? "");
    case "image":
      return renderImage(block.attrs, images);
    case "embed":
      return renderEmbed(block.attrs.url);
    case "interviewQuestion":
      return wrap("p", wrap("strong", renderInline(block.content)), ' class="qa-question"');
    case "interviewAnswer":
      return renderAnswer(block.attrs.speaker, block.content);
    default:
      return ""; // unknown shapes never reach the page
  }
}

/** Renders the document to HTML, one block per line; empty or unsafe blocks are dropped. `images` resolves library images (lib/media/body-images.ts). */
export function renderHtml(doc: ArticleDocument, images?: LibraryImages): string {
  return doc.content
    .map((block) => renderBlock(block, images))
    .filter(Boolean)
    .join("\n");
}

// ---- Plain text -------------------------------------------------------------

function inlineText(content: Inline[] = []): string {
  return content
    .map((n) => (n.type === "hardBreak" ? "\n" : n.type === "text" ? clean(n.text) : ""))
    .join("")
    .trim();
}

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "interviewQuestion":
      return inlineText(block.content);
    case "pullQuote": {
      const text = inlineText(block.content);
      const by = clean(block.attrs.attribution ?? "").trim();
      return text && by ? `${text}\n— ${by}` : text;
    }
    case "interviewAnswer": {
      const text = inlineText(block.content);
      return text ? `${clean(block.attrs.speaker).trim()}: ${text}` : "";
    }
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => `- ${item.content.map((p) => inlineText(p.content)).join(" ")}`).join("\n");
    case "blockquote":
      return block.content
        .map((p) => inlineText(p.content))
        .filter(Boolean)
        .join("\n\n");
    case "image":
      return clean(block.attrs.caption ?? "").trim();
    default:
      return "";
  }
}

/** Text content for search indexing and feeds: blocks separated by a blank line. */
export function renderPlainText(doc: ArticleDocument): string {
  return doc.content.map(blockText).filter(Boolean).join("\n\n");
}

/**
 * The opening paragraphs' text (or, with no paragraphs, the whole plain text),
 * whitespace collapsed, cut at a word boundary so the result including the
 * trailing "…" is at most maxChars.
 */
export function excerpt(doc: ArticleDocument, maxChars = 200): string {
  const paras: string[] = [];
  let collected = -1; // the length of paras.join(" "), kept as they are added
  for (const block of doc.content) {
    if (block.type === "paragraph") {
      paras.push(blockText(block));
      collected += paras[paras.length - 1].length + 1;
    }
    if (collected > maxChars) break; // enough text collected
  }
  const source = paras.some(Boolean) ? paras.join(" ") : renderPlainText(doc);
  const text = source.replace(/\s+/g, " ").trim();
  if (text.length <= maxChars) return text;
  if (maxChars < 1) return "";
  let cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  if (text[maxChars - 1] !== " " && space > 0) cut = cut.slice(0, space);
  cut = cut.replace(/[\ud800-\udbff]$/, "").replace(/[\s,;:.\-–—]+$/, "");
  return `${cut}…`;
}
