import { describe, expect, it } from "vitest";
import { documentSchema } from "./document";
import { markdownToDocument } from "./from-markdown";
import { renderHtml } from "./render";

const t = (text: string, ...marks: ("bold" | "italic" | { href: string })[]) =>
  marks.length
    ? { type: "text", text, marks: marks.map((m) => (typeof m === "string" ? { type: m } : { type: "link", attrs: { href: m.href } })) }
    : { type: "text", text };
const para = (...content: object[]) => ({ type: "paragraph", content });
const doc = (...content: object[]) => ({ type: "doc", content });
const heading = (level: number, text: string) => ({ type: "heading", attrs: { level }, content: [t(text)] });

describe("markdownToDocument", () => {
  it("clamps heading levels to 2..4", () => {
    expect(markdownToDocument("# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six")).toEqual(
      doc(heading(2, "One"), heading(2, "Two"), heading(3, "Three"), heading(4, "Four"), heading(4, "Six")),
    );
  });

  it("maps paragraphs with bold, italic, links, soft and hard breaks", () => {
    const md = "Hello **bold *both*** and _it_,\nsoft [link](https://x.test/a \"title\").  \nHard \\*escaped\\* `a&b`.";
    expect(markdownToDocument(md)).toEqual(
      doc(
        para(
          t("Hello "),
          t("bold ", "bold"),
          t("both", "bold", "italic"),
          t(" and "),
          t("it", "italic"),
          t(", soft "),
          t("link", { href: "https://x.test/a" }),
          t("."),
          { type: "hardBreak" },
          t("Hard *escaped* a&b."),
        ),
      ),
    );
  });

  it("maps lists, flattening nested lists and loose items into the item's paragraphs", () => {
    const md = "- one\n- two\n  - two-a\n\n1. first\n\n   more\n2. second";
    expect(markdownToDocument(md)).toEqual(
      doc(
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [para(t("one"))] },
            { type: "listItem", content: [para(t("two")), para(t("two-a"))] },
          ],
        },
        {
          type: "orderedList",
          content: [
            { type: "listItem", content: [para(t("first")), para(t("more"))] },
            { type: "listItem", content: [para(t("second"))] },
          ],
        },
      ),
    );
  });

  it("maps blockquotes, turning headings inside into paragraphs", () => {
    expect(markdownToDocument("> Said *this*\n>\n> ## and this")).toEqual(
      doc({ type: "blockquote", content: [para(t("Said "), t("this", "italic")), para(t("and this"))] }),
    );
  });

  it("maps images to image blocks, splitting the paragraph around them", () => {
    const md = 'Before ![A cat](https://img.test/cat.jpg "Resting") after\n\n![Local](/images/x.jpg)';
    expect(markdownToDocument(md)).toEqual(
      doc(
        para(t("Before")),
        { type: "image", attrs: { src: "https://img.test/cat.jpg", alt: "A cat", caption: "Resting", credit: "" } },
        para(t("after")),
        { type: "image", attrs: { src: "/images/x.jpg", alt: "Local", caption: "", credit: "" } },
      ),
    );
  });

  it("drops raw HTML, including script content and event handlers", () => {
    const md = [
      "<script>alert('block')</script>",
      "",
      'Inline <span onclick="alert(1)">kept</span> <script>alert(2)</script>text <img src=x onerror="alert(3)">.',
      "",
      '<div onmouseover="alert(4)">raw block</div>',
      "",
      "<iframe src=\"https://evil.test\"></iframe>",
    ].join("\n");
    const result = markdownToDocument(md);
    expect(result).toEqual(doc(para(t("Inline kept text ."))));
    expect(JSON.stringify(result)).not.toMatch(/alert|onclick|onerror|script/);
  });

  it("does not emit unsafe links or images", () => {
    const md = "[js](javascript:alert(1)) [proto](//evil.test) [ok](/articles/x) <a@b.test>\n\n![x](http://img.test/a.jpg) ![y](javascript:alert(1))";
    expect(markdownToDocument(md)).toEqual(
      doc(para(t("js proto "), t("ok", { href: "/articles/x" }), t(" "), t("a@b.test", { href: "mailto:a@b.test" }))),
    );
  });

  it("decodes entities, keeps markup-like text as text, and turns code and tables into paragraphs", () => {
    const md = "AT&amp;T &copy; \\<b\\>\n\n```\nconst a = 1;\nb();\n```\n\n| a | b |\n|---|---|\n| 1 | **2** |\n\n---";
    const result = markdownToDocument(md);
    expect(result).toEqual(
      doc(
        para(t("AT&T © <b>")),
        para(t("const a = 1;"), { type: "hardBreak" }, t("b();")),
        para(t("a | b")),
        para(t("1 | "), t("2", "bold")),
      ),
    );
    expect(renderHtml(result).split("\n")[0]).toBe("<p>AT&amp;T © &lt;b&gt;</p>");
  });

  it("gives an empty document for empty input and always a valid one", () => {
    expect(markdownToDocument("")).toEqual(doc());
    expect(markdownToDocument("\n\n   \n")).toEqual(doc());
    const messy = "# ![i](https://img.test/h.jpg) Head\n\n- ![i](https://img.test/l.jpg)\n- [ ] task\n\n> ![q](https://img.test/q.jpg)";
    expect(documentSchema.safeParse(markdownToDocument(messy)).success).toBe(true);
  });
});
