import { describe, expect, it } from "vitest";
import { answer, bullets, doc, embed, h2, h3, image, p, pullQuote, question, quote } from "./build";
import { documentSchema } from "./document";
import { normalizeDocument } from "./normalize";

// Shaped like Tiptap 3's editor.getJSON() from the body editor (checked
// against a live editor): link marks carry target/rel/class/title, ordered
// lists carry start/type, empty blocks have no `content`, the trailing node
// adds an empty paragraph, and pasted content can bring foreign nodes/attrs.
const editorJson = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2, textAlign: null, id: "x" }, content: [{ type: "text", text: "The premiere" }] },
    {
      type: "paragraph",
      attrs: { textAlign: null },
      content: [
        { type: "text", text: "Read the " },
        {
          type: "text",
          marks: [
            { type: "link", attrs: { href: "https://example.com/review", target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } },
            { type: "bold" },
          ],
          text: "review",
        },
        { type: "text", text: "" },
        { type: "hardBreak" },
        { type: "text", marks: [{ type: "italic" }, { type: "italic" }, { type: "underline" }], text: "now" },
      ],
    },
    { type: "paragraph", attrs: { textAlign: null } },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", attrs: { textAlign: null }, content: [{ type: "text", text: "One" }] }] },
        { type: "listItem", content: [{ type: "paragraph", attrs: { textAlign: null } }] },
      ],
    },
    {
      type: "orderedList",
      attrs: { start: 1, type: null },
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "First" }] }] }],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quoted" }] }] },
    { type: "pullQuote", attrs: { attribution: null }, content: [{ type: "text", text: "Big line" }] },
    { type: "image", attrs: { src: "https://cdn.example.com/a.jpg", alt: "A still", caption: null, credit: undefined, width: 800 } },
    { type: "embed", attrs: { url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ", provider: "youtube" } },
    { type: "interviewQuestion", content: [{ type: "text", text: "Why now?" }] },
    { type: "interviewAnswer", attrs: { speaker: " Ava " }, content: [{ type: "text", text: "Because." }] },
    { type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: "rm -rf /" }] },
    { type: "horizontalRule" },
    { type: "paragraph", attrs: { textAlign: null } },
  ],
};

describe("normalizeDocument", () => {
  it("turns editor JSON into a schema-valid document", () => {
    const result = normalizeDocument(editorJson);
    expect(documentSchema.safeParse(result).success).toBe(true);
    expect(result).toEqual(
      doc(
        h2("The premiere"),
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Read the " },
            { type: "text", text: "review", marks: [{ type: "link", attrs: { href: "https://example.com/review" } }, { type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "now", marks: [{ type: "italic" }] },
          ],
        },
        bullets("One"),
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "First" }] }] }] },
        quote("Quoted"),
        pullQuote("Big line", ""),
        image("https://cdn.example.com/a.jpg", "A still"),
        embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        question("Why now?"),
        answer("Ava", "Because."),
      ),
    );
  });

  it("round-trips a document built with lib/content/build unchanged", () => {
    const built = doc(
      h2("A **bold** start"),
      h3("With *style*"),
      p("See [our review](https://example.com/r) and [the archive](/archive), or [mail us](mailto:desk@example.com)."),
      bullets("First", "Second **point**"),
      { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Step" }] }] }] },
      quote("One", "Two"),
      pullQuote("It was *everything*", "Jane Doe"),
      image("/uploads/a.jpg", "Alt", "Caption", "Photo: Agency"),
      embed("https://x.com/marquee/status/1234567890"),
      question("Where next?"),
      answer("Sam", "Home."),
    );
    expect(documentSchema.parse(built)).toEqual(built);
    expect(normalizeDocument(built)).toEqual(built);
  });

  it("drops unsafe links and images but keeps the words", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "click ", marks: [{ type: "bold" }] },
            { type: "text", text: "me", marks: [{ type: "bold" }, { type: "link", attrs: { href: "javascript:alert(1)" } }] },
          ],
        },
        { type: "image", attrs: { src: "http://insecure.example.com/a.jpg", alt: "x" } },
        { type: "image", attrs: { alt: "no src" } },
        { type: "embed", attrs: { url: "https://vimeo.com/1" } },
      ],
    });
    expect(result).toEqual(doc({ type: "paragraph", content: [{ type: "text", text: "click me", marks: [{ type: "bold" }] }] }));
  });

  it("keeps an image of the media library by its id, with or without an address, and drops a malformed id", () => {
    const id = "0b7e5d3c-8a5f-4c9e-9d2a-1f3e5b7c9d0e";
    const result = normalizeDocument({
      type: "doc",
      content: [
        { type: "image", attrs: { mediaId: id.toUpperCase(), src: null, alt: " Alt ", caption: "", credit: "Agency" } },
        { type: "image", attrs: { mediaId: "not-an-id", alt: "x" } },
      ],
    });
    expect(result).toEqual({ type: "doc", content: [{ type: "image", attrs: { mediaId: id, src: "", alt: "Alt", caption: "", credit: "Agency" } }] });
    expect(documentSchema.safeParse(result).success).toBe(true);
  });

  it("flattens nesting the schema cannot hold and fixes attrs", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                { type: "paragraph", content: [{ type: "text", text: "Outer" }] },
                { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Inner" }] }] }] },
              ],
            },
          ],
        },
        { type: "blockquote", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Said" }] }] },
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Top" }] },
        { type: "heading", attrs: { level: 6 }, content: [{ type: "text", text: "Small" }] },
        { type: "interviewAnswer", attrs: { speaker: "  " }, content: [{ type: "text", text: "Nobody said" }] },
      ],
    });
    expect(documentSchema.safeParse(result).success).toBe(true);
    expect(result).toEqual(
      doc(
        bullets("Outer", "Inner"),
        quote("Said"),
        h2("Top"),
        { type: "heading", attrs: { level: 4 }, content: [{ type: "text", text: "Small" }] },
        p("Nobody said"),
      ),
    );
  });

  it("returns an empty document for anything that is not a doc", () => {
    for (const input of [null, undefined, "doc", 42, [], { type: "paragraph" }, { type: "doc", content: "x" }]) {
      expect(normalizeDocument(input)).toEqual({ type: "doc", content: [] });
    }
  });

  it("flattens content nested 100,000 deep without running out of stack, in order, reading each block once", () => {
    // Each block counts the reads of its content: a walk that goes back over what it has read reads some of them again.
    let mostReads = 0;
    class Counted {
      private reads = 0;
      constructor(
        readonly type: string,
        private readonly children: object[],
      ) {}
      get content() {
        mostReads = Math.max(mostReads, ++this.reads);
        return this.children;
      }
    }
    const block = (type: string, content: object[]) => new Counted(type, content);
    const text = (t: string) => block("paragraph", [{ type: "text", text: t }]);
    let quote: object = text("innermost");
    for (let i = 0; i < 100_000; i++) quote = block("blockquote", [text(`level ${i}`), quote]);
    let list: object = block("bulletList", [block("listItem", [text("deepest")])]);
    for (let i = 0; i < 50_000; i++) list = block("bulletList", [block("listItem", [text(`item ${i}`), list])]);

    const result = normalizeDocument({ type: "doc", content: [quote, list] });
    // Once to see that it is a list of children, once to take them.
    expect(mostReads).toBeLessThanOrEqual(2);
    const texts = (ps: { content?: { type: string; text?: string }[] }[]) => ps.map((para) => para.content?.[0].text);
    const [flatQuote, flatList] = result.content;
    if (flatQuote.type !== "blockquote" || flatList.type !== "bulletList") throw new Error(`got ${flatQuote.type}, ${flatList.type}`);
    expect(texts(flatQuote.content)).toEqual([...Array.from({ length: 100_000 }, (_, i) => `level ${99_999 - i}`), "innermost"]);
    expect(texts(flatList.content.flatMap((item) => item.content))).toEqual([...Array.from({ length: 50_000 }, (_, i) => `item ${49_999 - i}`), "deepest"]);
  });

  it("leaves the size limits to the schema, which refuses past them on the body and says which", () => {
    const huge = normalizeDocument({
      type: "doc",
      content: Array.from({ length: 6 }, () => ({ type: "paragraph", content: [{ type: "text", text: "x".repeat(100_000) }] })),
    });
    const parsed = documentSchema.safeParse(huge);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["has 600,000 characters of text; an article body holds at most 500,000"]);
  });
});
