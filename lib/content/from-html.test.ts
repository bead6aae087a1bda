import { DomHandler } from "htmlparser2";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { BODY_LIMITS, documentSchema } from "./document";
import { htmlToDocument } from "./from-html";
import { renderHtml } from "./render";

const t = (text: string, ...marks: ("bold" | "italic" | { href: string })[]) =>
  marks.length
    ? { type: "text", text, marks: marks.map((m) => (typeof m === "string" ? { type: m } : { type: "link", attrs: { href: m.href } })) }
    : { type: "text", text };
const para = (...content: object[]) => ({ type: "paragraph", content });
const doc = (...content: object[]) => ({ type: "doc", content });

describe("htmlToDocument", () => {
  it("maps paragraphs, headings, marks and line breaks", () => {
    const html = `<h1>Big</h1><h3>Mid</h3><h6>Small</h6>
      <p>Hello <b>bold <i>both</i></b> and <em>it</em>,<br>next <a href="https://x.test/a">line</a>.</p>`;
    expect(htmlToDocument(html)).toEqual(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [t("Big")] },
        { type: "heading", attrs: { level: 3 }, content: [t("Mid")] },
        { type: "heading", attrs: { level: 4 }, content: [t("Small")] },
        para(
          t("Hello "),
          t("bold ", "bold"),
          t("both", "bold", "italic"),
          t(" and "),
          t("it", "italic"),
          t(","),
          { type: "hardBreak" },
          t("next "),
          t("line", { href: "https://x.test/a" }),
          t("."),
        ),
      ),
    );
  });

  it("maps lists, flattening nested ones into the item", () => {
    const html = "<ul>\n <li>one</li>\n <li><p>two</p><ol><li>two-a</li></ol></li>\n</ul><ol><li>first</li></ol>";
    expect(htmlToDocument(html)).toEqual(
      doc(
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [para(t("one"))] },
            { type: "listItem", content: [para(t("two")), para(t("two-a"))] },
          ],
        },
        { type: "orderedList", content: [{ type: "listItem", content: [para(t("first"))] }] },
      ),
    );
  });

  it("maps blockquotes, images and figures with captions", () => {
    const html = `<blockquote><p>Said <strong>this</strong></p>and that<img src="https://img.test/q.jpg"></blockquote>
      <figure><img src="/images/a.jpg" alt="A cat"><figcaption>The <b>cat</b>, resting</figcaption></figure>
      <p>Before<img src="https://img.test/b.jpg" alt="B">after</p>`;
    expect(htmlToDocument(html)).toEqual(
      doc(
        { type: "blockquote", content: [para(t("Said "), t("this", "bold")), para(t("and that"))] },
        { type: "image", attrs: { src: "https://img.test/q.jpg", alt: "", caption: "", credit: "" } },
        { type: "image", attrs: { src: "/images/a.jpg", alt: "A cat", caption: "The cat, resting", credit: "" } },
        para(t("Before")),
        { type: "image", attrs: { src: "https://img.test/b.jpg", alt: "B", caption: "", credit: "" } },
        para(t("after")),
      ),
    );
  });

  it("unwraps unknown elements to their text and splits paragraphs at block elements", () => {
    const html = `<div>one <span style="color:red">two</span> <u>three</u></div><section><div>four</div></section>
      <table><tr><td>a</td><td>b</td></tr></table><pre>line 1
line 2</pre>`;
    expect(htmlToDocument(html)).toEqual(doc(para(t("one two three")), para(t("four")), para(t("a b")), para(t("line 1"), { type: "hardBreak" }, t("line 2"))));
  });

  it("drops script, style and iframe content", () => {
    const html = `<p>Safe<script>alert("x")</script> text</p><style>p{color:red}</style><iframe src="https://evil.test">fallback</iframe>
      <script>document.cookie</script><noscript>no</noscript>`;
    expect(htmlToDocument(html)).toEqual(doc(para(t("Safe text"))));
  });

  it("never keeps event handlers, unsafe links or unsafe images", () => {
    const html = `<p onclick="alert(1)">Click <a href="javascript:alert(1)" onmouseover="alert(2)">me</a>
      <a href="//evil.test/x">there</a> <a href=" data:text/html,x">data</a></p>
      <img src="x" onerror="alert(1)"><img src="http://img.test/plain.jpg"><img src="javascript:alert(1)">
      <img src="https://img.test/ok.jpg" alt="ok" onerror="alert(1)" onload="alert(2)">`;
    const result = htmlToDocument(html);
    expect(result).toEqual(
      doc(para(t("Click me there data")), { type: "image", attrs: { src: "https://img.test/ok.jpg", alt: "ok", caption: "", credit: "" } }),
    );
    expect(JSON.stringify(result)).not.toMatch(/onerror|onclick|javascript|alert/);
  });

  it("decodes entities and keeps markup-like text as text", () => {
    const result = htmlToDocument("<p>AT&amp;T &lt;script&gt; &copy; 2026</p>");
    expect(result).toEqual(doc(para(t("AT&T <script> © 2026"))));
    expect(renderHtml(result)).toBe("<p>AT&amp;T &lt;script&gt; © 2026</p>");
  });

  it("collapses whitespace and drops empty paragraphs", () => {
    expect(htmlToDocument("<p>  a \n\t b  </p><p> </p><p><br></p><p><b> </b>c<br><br></p>")).toEqual(doc(para(t("a b")), para(t("c"))));
    expect(htmlToDocument("")).toEqual(doc());
  });

  it("always produces a document the schema accepts", () => {
    const html = "<h2><img src='https://img.test/h.jpg'>Head</h2><ul><li><img src='https://img.test/l.jpg'></li></ul><a href='mailto:x@y.test'>mail</a>";
    const result = htmlToDocument(html);
    expect(documentSchema.safeParse(result).success).toBe(true);
    expect(result).toEqual(
      doc(
        { type: "image", attrs: { src: "https://img.test/h.jpg", alt: "", caption: "", credit: "" } },
        { type: "heading", attrs: { level: 2 }, content: [t("Head")] },
        { type: "image", attrs: { src: "https://img.test/l.jpg", alt: "", caption: "", credit: "" } },
        para(t("mail", { href: "mailto:x@y.test" })),
      ),
    );
  });
});

/** The AppError the conversion refuses the body with; fails if it returns or throws anything else (a RangeError above all). */
function refusal(convert: () => unknown): string {
  try {
    convert();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe("invalid");
    expect(error.status).toBe(422);
    return error.details.fields?.body?.join(" ") ?? "";
  }
  throw new Error("the body was not refused");
}

describe("htmlToDocument on markup built to be slow", () => {
  it("refuses <b> nested 200,000 deep with a 422 on body, not a stack overflow, as soon as the nesting passes the limit", () => {
    // Every element the parser opens reaches the DOM handler: parsing stops at the limit, not at the 200,000th.
    const opened = vi.spyOn(DomHandler.prototype, "onopentag");
    try {
      expect(refusal(() => htmlToDocument("<b>".repeat(200_000)))).toMatch(/nests HTML elements more than 100 levels deep/);
      expect(opened.mock.calls.length).toBeLessThanOrEqual(BODY_LIMITS.elementDepth);
    } finally {
      opened.mockRestore();
    }
  });

  it("keeps 100 nested elements and refuses 101", () => {
    expect(htmlToDocument(`${"<span>".repeat(100)}deep`)).toEqual(doc(para(t("deep"))));
    expect(refusal(() => htmlToDocument(`${"<span>".repeat(101)}deep`))).toMatch(/more than 100 levels/);
    // Closed elements do not add up.
    expect(htmlToDocument("<span>x</span>".repeat(1_000)).content).toHaveLength(1);
  });

  it("flattens lists and quotes nested 20 deep and refuses 21", () => {
    const lists = (levels: number) => `${"<ul><li>item".repeat(levels)}${"</li></ul>".repeat(levels)}`;
    expect(htmlToDocument(lists(20))).toEqual(
      doc({ type: "bulletList", content: [{ type: "listItem", content: Array.from({ length: 20 }, () => para(t("item"))) }] }),
    );
    expect(refusal(() => htmlToDocument(lists(21)))).toMatch(/nests lists, quotes or other blocks more than 20 levels deep/);
    expect(refusal(() => htmlToDocument("<blockquote>".repeat(50_000)))).toMatch(/20 levels deep/);
    expect(refusal(() => htmlToDocument("<ol><li>".repeat(50_000)))).toMatch(/20 levels deep/);
  });

  it("collapses 100,000 spaces and reads a 900,000-character attribute", () => {
    expect(htmlToDocument(`<p>a${" ".repeat(100_000)}b</p>`)).toEqual(doc(para(t("a b"))));
    expect(htmlToDocument(`<pre>a${" \t".repeat(50_000)}\nb</pre>`).content).toHaveLength(1);
    expect(htmlToDocument(`<a href="https://x.test/${"x".repeat(900_000)}">long</a>`)).toEqual(doc(para(t("long"))));
    expect(htmlToDocument("<".repeat(100_000)).content).toHaveLength(1);
  });

  it("refuses a body with more text or parts than an article holds, saying which limit", () => {
    expect(refusal(() => htmlToDocument(`<p>${"x".repeat(100_000)}</p>`.repeat(6)))).toMatch(
      /600,000 characters of text; an article body holds at most 500,000/,
    );
    expect(refusal(() => htmlToDocument("<p>x</p>".repeat(10_001)))).toMatch(/20,002 parts .*at most 20,000/);
  });
});
