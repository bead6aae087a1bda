// Classes for the contenteditable element. `.article-body` (app/globals.css)
// makes the text look as it will when published; the rest gives the blocks
// an editing look. Written out in full so Tailwind's scanner finds them.
export const EDITABLE_AREA_CLASS = [
  "article-body min-h-96 rounded-b-md border border-t-0 border-zinc-300 bg-white px-6 py-5 [&>:first-child]:mt-0",
  "focus:outline-none focus-visible:outline-none [&[contenteditable=false]]:bg-zinc-50 [&[contenteditable=false]]:text-zinc-600",
  // Placeholder text from the Placeholder extension.
  "[&_.is-empty]:before:pointer-events-none [&_.is-empty]:before:float-left [&_.is-empty]:before:h-0",
  "[&_.is-empty]:before:text-zinc-400 [&_.is-empty]:before:content-[attr(data-placeholder)]",
  // An interview question: a "Q" gutter mark so it reads as a question while editing.
  // ::after, because ::before carries the placeholder of an empty question.
  "[&_.qa-question]:relative [&_.qa-question]:font-bold [&_.qa-question]:after:absolute [&_.qa-question]:after:top-0",
  "[&_.qa-question]:after:-left-5 [&_.qa-question]:after:text-marquee-700 [&_.qa-question]:after:content-['Q']",
  // Selected atoms (image, embed) and links under the caret.
  "[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-offset-2",
  "[&_.ProseMirror-selectednode]:outline-marquee-600 [&_.ProseMirror-selectednode]:rounded-md",
  "[&_h4]:mt-8 [&_h4]:text-lg [&_h4]:font-semibold [&_h4]:text-ink",
].join(" ");

/** The frame around toolbar and text: a ring while anything inside has focus. */
export const FRAME_CLASS = "rounded-md shadow-sm focus-within:ring-2 focus-within:ring-marquee-600/30";
