import { Node, ReactNodeViewRenderer } from "@tiptap/react";
import { safeImageSrc } from "@/lib/content/render";
import { ImageView } from "./image-view";

const imgOf = (el: HTMLElement) => (el.tagName === "IMG" ? el : el.querySelector("img"));

function captionFrom(el: HTMLElement): string {
  const caption = el.querySelector("figcaption")?.cloneNode(true) as HTMLElement | undefined;
  caption?.querySelector(".credit")?.remove();
  return el.getAttribute("data-caption") ?? caption?.textContent?.trim() ?? "";
}

// Pasted images are kept only when the renderer would publish them (or name a library item).
const hasSafeSrc = (el: HTMLElement) => (el.getAttribute("data-media-id") || safeImageSrc(imgOf(el)?.getAttribute("src") ?? "") ? null : false);

/** Named "image" to match the stored schema; not @tiptap/extension-image. */
export const Image = Node.create({
  name: "image",
  group: "block",
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      // The media library item shown (lib/media); null for an image by address only.
      mediaId: {
        default: null,
        rendered: false,
        parseHTML: (el) => el.getAttribute("data-media-id") ?? imgOf(el)?.getAttribute("data-media-id") ?? null,
      },
      src: { default: "", rendered: false, parseHTML: (el) => imgOf(el)?.getAttribute("src") ?? "" },
      alt: { default: "", rendered: false, parseHTML: (el) => imgOf(el)?.getAttribute("alt") ?? "" },
      caption: { default: "", rendered: false, parseHTML: captionFrom },
      credit: {
        default: "",
        rendered: false,
        parseHTML: (el) => el.getAttribute("data-credit") ?? el.querySelector(".credit")?.textContent?.trim() ?? "",
      },
    };
  },

  parseHTML() {
    return [
      { tag: "figure.article-image", getAttrs: (el) => hasSafeSrc(el as HTMLElement) },
      { tag: "img[src]", getAttrs: (el) => hasSafeSrc(el as HTMLElement) },
    ];
  },

  renderHTML({ node }) {
    const { src, alt, caption, credit, mediaId } = node.attrs as Record<string, string>;
    const text = [caption, credit ? ["span", { class: "credit" }, credit] : null].filter(Boolean);
    return [
      "figure",
      { class: "article-image", "data-type": "image", "data-caption": caption, "data-credit": credit, "data-media-id": mediaId ?? undefined },
      ["img", { src, alt }],
      ...(caption || credit ? [["figcaption", {}, ...text]] : []),
    ];
  },

  renderText({ node }) {
    return String(node.attrs.caption ?? "");
  },

  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});
