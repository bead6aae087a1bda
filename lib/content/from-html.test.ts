import { describe, expect, it } from "vitest";
import { documentSchema } from "./document";
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
    expect(htmlToDocument(html)).toEqual(
      doc(
        para(t("one two three")),
        para(t("four")),
        para(t("a b")),
        para(t("line 1"), { type: "hardBreak" }, t("line 2")),
      ),
    );
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
    expect(htmlToDocument("<p>  a \n\t b  </p><p> </p><p><br></p><p><b> </b>c<br><br></p>")).toEqual(
      doc(para(t("a b")), para(t("c"))),
    );
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
