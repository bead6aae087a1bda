import { StarterKit } from "@tiptap/starter-kit";

// Only what lib/content/document.ts can store. Blockquote and listItem are
// replaced by schema-tight versions (paragraphs only) in their own files;
// Link is configured separately so its URL rules live in one place.
export const MarqueeStarterKit = StarterKit.configure({
  heading: { levels: [2, 3, 4] },
  blockquote: false,
  listItem: false,
  link: false,
  code: false,
  codeBlock: false,
  strike: false,
  underline: false,
  horizontalRule: false,
  dropcursor: { color: "#c8102e", width: 2 },
});
