import { Node, ReactNodeViewRenderer } from "@tiptap/react";
import { PullQuoteView } from "./pull-quote-view";

// The HTML mirrors the published markup (lib/content/render.ts), so copy and
// paste works inside the editor and from a live article alike.
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,

  addAttributes() {
    return {
      attribution: {
        default: "",
        rendered: false,
        parseHTML: (el) => el.getAttribute("data-attribution") ?? (el.querySelector("figcaption")?.textContent ?? "").replace(/^\s*[—–-]\s*/, "").trim(),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure.pull-quote",
        contentElement: (el) => {
          const figure = el as HTMLElement;
          return figure.querySelector<HTMLElement>("blockquote p") ?? figure.querySelector<HTMLElement>("blockquote") ?? figure;
        },
      },
    ];
  },

  renderHTML({ node }) {
    const attribution = String(node.attrs.attribution ?? "");
    const caption = attribution ? [["figcaption", {}, `— ${attribution}`]] : [];
    return ["figure", { class: "pull-quote", "data-type": "pull-quote", "data-attribution": attribution }, ["blockquote", {}, ["p", {}, 0]], ...caption];
  },

  addNodeView() {
    return ReactNodeViewRenderer(PullQuoteView);
  },
});
