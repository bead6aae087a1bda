import { describe, it, expect } from "vitest";
import type { ArticleDocument, Block, Inline } from "./document";
import { answer, bullets, doc, embed, h2, image, inline, p, pullQuote, question, quote } from "./build";
import { excerpt, renderHtml, renderPlainText } from "./render";

const text = (t: string, marks?: NonNullable<Extract<Inline, { type: "text" }>["marks"]>): Inline =>
  marks ? { type: "text", text: t, marks } : { type: "text", text: t };
const para = (...content: Inline[]): Block => ({ type: "paragraph", content });
const linked = (href: string, label = "label") => renderHtml(doc(para(text(label, [{ type: "link", attrs: { href } }]))));

describe("renderHtml: escaping", () => {
  it("escapes <script>, quotes and ampersands in text", () => {
    expect(renderHtml(doc(para(text(`<script>alert("x")</script> Tom & Jerry's`))))).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s</p>",
    );
  });

  it("escapes attribute values (link href, image src/alt)", () => {
    expect(linked(`https://example.com/?a=1&b="x"'<y>`)).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=&quot;x&quot;&#39;&lt;y&gt;" rel="noopener noreferrer">label</a></p>',
    );
    expect(renderHtml(doc(image("/img/a.jpg", `"><script>x</script>`, "A & B", "<b>Cred</b>")))).toBe(
      '<figure class="article-image"><img src="/img/a.jpg" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" loading="lazy" decoding="async">' +
        '<figcaption>A &amp; B <span class="credit">&lt;b&gt;Cred&lt;/b&gt;</span></figcaption></figure>',
    );
  });

  it("escapes the speaker, the question and the pull-quote attribution", () => {
    expect(renderHtml(doc(answer(`<i>"Al"</i>`, "ok")))).toBe(
      '<p class="qa-answer"><strong class="qa-speaker">&lt;i&gt;&quot;Al&quot;&lt;/i&gt;:</strong> ok</p>',
    );
    expect(renderHtml(doc(pullQuote("q", "<Jane & 'Co'>")))).toContain("<figcaption>— &lt;Jane &amp; &#39;Co&#39;&gt;</figcaption>");
  });

  it("strips ASCII control characters but keeps \\n and \\t", () => {
    expect(renderHtml(doc(para(text("a\u0000b\u0007c\u001bd\u007fe\r\nf\tg"))))).toBe("<p>abcde\nf\tg</p>");
    expect(renderPlainText(doc(para(text("a\u0000b\u0008c"))))).toBe("abc");
  });
});

describe("renderHtml: links", () => {
  it.each(["https://example.com/a", "http://example.com", "mailto:desk@example.com", "/news/story", "/"])("keeps %s", (href) => {
    expect(linked(href)).toBe(`<p><a href="${href}" rel="noopener noreferrer">label</a></p>`);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "relative/path",
    "ftp://example.com",
    "",
  ])("drops the link for %j but keeps the text", (href) => {
    expect(linked(href)).toBe("<p>label</p>");
  });

  it("nests marks: link outside bold outside italic", () => {
    const marks = [{ type: "italic" as const }, { type: "bold" as const }, { type: "link" as const, attrs: { href: "/x" } }];
    expect(renderHtml(doc(para(text("hi", marks))))).toBe('<p><a href="/x" rel="noopener noreferrer"><strong><em>hi</em></strong></a></p>');
  });

  it("renders the builder's inline markup and hard breaks", () => {
    const d = doc(para(...inline("**B** and *i*"), { type: "hardBreak" }, text("next")));
    expect(renderHtml(d)).toBe("<p><strong>B</strong> and <em>i</em><br>next</p>");
  });
});

describe("renderHtml: blocks", () => {
  it("renders headings, lists and blockquotes", () => {
    const ordered: Block = { type: "orderedList", content: [{ type: "listItem", content: [para(text("first")) as never, para(text("more")) as never] }] };
    const h4: Block = { type: "heading", attrs: { level: 4 }, content: [text("Small")] };
    expect(renderHtml(doc(h2("Title"), h4, bullets("one", "two"), ordered, quote("q1", "q2")))).toBe(
      [
        "<h2>Title</h2>",
        "<h4>Small</h4>",
        "<ul><li>one</li><li>two</li></ul>",
        "<ol><li><p>first</p><p>more</p></li></ol>",
        "<blockquote><p>q1</p><p>q2</p></blockquote>",
      ].join("\n"),
    );
  });

  it("drops empty paragraphs and headings", () => {
    expect(renderHtml(doc({ type: "paragraph" }, { type: "heading", attrs: { level: 2 }, content: [] }, p("x")))).toBe("<p>x</p>");
  });

  it("renders a pull quote, with and without attribution", () => {
    expect(renderHtml(doc(pullQuote("It was *electric*.", "Jane Doe")))).toBe(
      '<figure class="pull-quote"><blockquote><p>It was <em>electric</em>.</p></blockquote><figcaption>— Jane Doe</figcaption></figure>',
    );
    expect(renderHtml(doc(pullQuote("Quiet.", "  ")))).toBe('<figure class="pull-quote"><blockquote><p>Quiet.</p></blockquote></figure>');
  });

  it("renders interview questions and answers", () => {
    expect(renderHtml(doc(question("What next?"), answer("ZENDAYA", "A *long* break.")))).toBe(
      '<p class="qa-question"><strong>What next?</strong></p>\n' +
        '<p class="qa-answer"><strong class="qa-speaker">ZENDAYA:</strong> A <em>long</em> break.</p>',
    );
  });

  it("renders images; drops those with unsafe sources", () => {
    expect(renderHtml(doc(image("https://cdn.example/a.jpg", "A cat")))).toBe(
      '<figure class="article-image"><img src="https://cdn.example/a.jpg" alt="A cat" loading="lazy" decoding="async"></figure>',
    );
    expect(renderHtml(doc(image("/a.jpg", "", "", "AP")))).toBe(
      '<figure class="article-image"><img src="/a.jpg" alt="" loading="lazy" decoding="async"><figcaption><span class="credit">AP</span></figcaption></figure>',
    );
    for (const src of ["http://cdn.example/a.jpg", "//cdn.example/a.jpg", "javascript:alert(1)", "data:image/png;base64,AAAA", "a.jpg"]) {
      expect(renderHtml(doc(image(src, "x"), p("after")))).toBe("<p>after</p>");
    }
  });

  it("renders embeds without third-party scripts and drops unknown ones", () => {
    expect(renderHtml(doc(embed("https://youtu.be/dQw4w9WgXcQ")))).toBe(
      '<figure class="embed embed-youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy" allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen></iframe></figure>',
    );
    expect(renderHtml(doc(embed("https://twitter.com/jack/status/20")))).toBe(
      '<figure class="embed embed-x"><a href="https://x.com/jack/status/20" rel="noopener noreferrer">View on X</a></figure>',
    );
    expect(renderHtml(doc(embed("https://www.instagram.com/p/Abc123/")))).toBe(
      '<figure class="embed embed-instagram"><a href="https://www.instagram.com/p/Abc123/" rel="noopener noreferrer">View on Instagram</a></figure>',
    );
    expect(renderHtml(doc(embed("https://www.tiktok.com/@user/video/123")))).toBe(
      '<figure class="embed embed-tiktok"><a href="https://www.tiktok.com/@user/video/123" rel="noopener noreferrer">View on TikTok</a></figure>',
    );
    for (const url of [
      "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "http://youtu.be/dQw4w9WgXcQ",
      "https://youtu.be/short",
      "https://evil.example/x",
    ]) {
      expect(renderHtml(doc(embed(url)))).toBe("");
    }
    expect(renderHtml(doc(embed("https://youtu.be/dQw4w9WgXcQ")))).not.toContain("<script");
  });

  it("ignores unknown block and inline types instead of rendering them", () => {
    const rogue = {
      type: "doc",
      content: [
        { type: "script", text: "x" },
        { type: "paragraph", content: [{ type: "html", html: "<b>" }, text("ok")] },
      ],
    };
    expect(renderHtml(rogue as unknown as ArticleDocument)).toBe("<p>ok</p>");
  });
});

describe("renderPlainText", () => {
  it("separates blocks with blank lines, prefixes list items and Q&A answers", () => {
    const d = doc(
      h2("The *Interview*"),
      p("Intro with [a link](https://example.com) & <tags>."),
      bullets("one", "two"),
      question("Why?"),
      answer("DOE", "Because."),
      pullQuote("Quoted.", "Doe"),
      image("/a.jpg", "alt", "Caption here"),
      embed("https://youtu.be/dQw4w9WgXcQ"),
      { type: "paragraph" },
    );
    expect(renderPlainText(d)).toBe("The Interview\n\nIntro with a link & <tags>.\n\n- one\n- two\n\nWhy?\n\nDOE: Because.\n\nQuoted.\n— Doe\n\nCaption here");
  });

  it("turns hard breaks into newlines", () => {
    expect(renderPlainText(doc(para(text("a"), { type: "hardBreak" }, text("b"))))).toBe("a\nb");
  });
});

describe("excerpt", () => {
  it("returns short paragraph text unchanged, joining the opening paragraphs", () => {
    expect(excerpt(doc(h2("Skip me"), p("First **one**."), question("Not a paragraph"), p("Second  one.")))).toBe("First one. Second one.");
  });

  it("cuts at a word boundary and appends an ellipsis within maxChars", () => {
    const out = excerpt(doc(p("The quick brown fox jumps over the lazy dog")), 20);
    expect(out).toBe("The quick brown fox…");
    expect(out.length).toBeLessThanOrEqual(20);
    expect(excerpt(doc(p("Alpha beta, gamma delta")), 13)).toBe("Alpha beta…");
  });

  it("hard-cuts a single word longer than maxChars", () => {
    expect(excerpt(doc(p("Supercalifragilistic")), 10)).toBe("Supercali…");
  });

  it("falls back to the plain text when there are no paragraphs", () => {
    expect(excerpt(doc(question("Why?"), answer("DOE", "Because.")))).toBe("Why? DOE: Because.");
    expect(excerpt(doc())).toBe("");
  });
});

describe("renderHtml: library images", () => {
  const id = "0b7e5d3c-8a5f-4c9e-9d2a-1f3e5b7c9d0e";
  const block = (attrs: Partial<{ alt: string; caption: string; credit: string }> = {}): Block => ({
    type: "image",
    attrs: { mediaId: id, src: "", alt: "", caption: "", credit: "", ...attrs },
  });
  const lookup = (mediaId: string) =>
    mediaId === id
      ? {
          src: "/media/ab/x/640.jpg",
          srcset: "/media/ab/x/320.jpg 320w, /media/ab/x/640.jpg 640w",
          width: 800,
          height: 450,
          alt: "Item alt",
          caption: "Item <caption>",
          credit: "Item credit",
        }
      : undefined;

  it("shows the item with its srcset and size, its texts unless the block has its own", () => {
    expect(renderHtml(doc(block()), lookup)).toBe(
      '<figure class="article-image"><img src="/media/ab/x/640.jpg" srcset="/media/ab/x/320.jpg 320w, /media/ab/x/640.jpg 640w" sizes="(min-width: 48rem) 45rem, 100vw" width="800" height="450" alt="Item alt" loading="lazy" decoding="async"><figcaption>Item &lt;caption&gt; <span class="credit">Item credit</span></figcaption></figure>',
    );
    expect(renderHtml(doc(block({ alt: "Own alt", credit: "Own credit" })), lookup)).toContain('alt="Own alt"');
    expect(renderHtml(doc(block({ alt: "Own alt", credit: "Own credit" })), lookup)).toContain('<span class="credit">Own credit</span>');
  });

  it("renders nothing for an item it cannot find, or without a lookup", () => {
    expect(renderHtml(doc(block()), () => undefined)).toBe("");
    expect(renderHtml(doc(block()))).toBe("");
  });
});
