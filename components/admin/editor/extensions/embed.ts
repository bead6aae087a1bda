import { Node } from "@tiptap/react";
import { embedProviderName, toEmbedUrl } from "../url-rules";

const urlFrom = (el: HTMLElement) => el.getAttribute("data-url") ?? el.querySelector("a[href]")?.getAttribute("href") ?? "";

// Shown as a card, not a live iframe: no third-party scripts or tracking in
// the admin, and the card cannot swallow clicks meant for the editor.
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  selectable: true,

  addAttributes() {
    return { url: { default: "", rendered: false, parseHTML: urlFrom } };
  },

  parseHTML() {
    const allowed = (el: HTMLElement | string) => (typeof el !== "string" && toEmbedUrl(urlFrom(el)) ? null : false);
    return [
      { tag: 'div[data-type="embed"]', getAttrs: allowed },
      // Published X/Instagram/TikTok embeds are a figure around a link.
      { tag: "figure.embed", getAttrs: allowed },
    ];
  },

  renderHTML({ node }) {
    const url = String(node.attrs.url ?? "");
    return [
      "div",
      {
        "data-type": "embed",
        "data-url": url,
        class: "flex items-center gap-3 rounded-md border border-zinc-300 bg-zinc-50 px-4 py-3",
      },
      ["span", { class: "shrink-0 rounded bg-marquee-600 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-white" }, embedProviderName(url)],
      ["span", { class: "min-w-0 truncate font-mono text-sm text-zinc-700" }, url],
    ];
  },

  renderText({ node }) {
    return String(node.attrs.url ?? "");
  },
});
