import { Link } from "@tiptap/extension-link";
import { safeLinkHref } from "@/lib/content/render";

// Same allow-list as the renderer (http, https, mailto, "/path" but not
// "//host"), so pasted or autolinked URLs can never hold what publishing drops.
export const MarqueeLink = Link.configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: "https",
  // target/rel are the renderer's business; keeping them null keeps getJSON() clean.
  HTMLAttributes: { target: null, rel: null, class: null },
  isAllowedUri: (url) => typeof url === "string" && safeLinkHref(url) !== null,
});
