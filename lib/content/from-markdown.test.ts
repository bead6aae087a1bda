import { Lexer, Tokenizer } from "marked";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { BODY_LIMITS, documentSchema } from "./document";
import { markdownToDocument } from "./from-markdown";
import { SCAN_BUDGET } from "./markdown-emphasis";
import { lexMarkdown } from "./markdown-lexer";
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
    const md = 'Hello **bold *both*** and _it_,\nsoft [link](https://x.test/a "title").  \nHard \\*escaped\\* `a&b`.';
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
      doc(para(t("Before")), { type: "image", attrs: { src: "https://img.test/cat.jpg", alt: "A cat", caption: "Resting", credit: "" } }, para(t("after")), {
        type: "image",
        attrs: { src: "/images/x.jpg", alt: "Local", caption: "", credit: "" },
      }),
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
      '<iframe src="https://evil.test"></iframe>',
    ].join("\n");
    const result = markdownToDocument(md);
    expect(result).toEqual(doc(para(t("Inline kept text ."))));
    expect(JSON.stringify(result)).not.toMatch(/alert|onclick|onerror|script/);
  });

  it("does not emit unsafe links or images", () => {
    const md = "[js](javascript:alert(1)) [proto](//evil.test) [ok](/articles/x) <a@b.test>\n\n![x](http://img.test/a.jpg) ![y](javascript:alert(1))";
    expect(markdownToDocument(md)).toEqual(doc(para(t("js proto "), t("ok", { href: "/articles/x" }), t(" "), t("a@b.test", { href: "mailto:a@b.test" }))));
  });

  it("decodes entities, keeps markup-like text as text, and turns code and tables into paragraphs", () => {
    const md = "AT&amp;T &copy; \\<b\\>\n\n```\nconst a = 1;\nb();\n```\n\n| a | b |\n|---|---|\n| 1 | **2** |\n\n---";
    const result = markdownToDocument(md);
    expect(result).toEqual(
      doc(para(t("AT&T © <b>")), para(t("const a = 1;"), { type: "hardBreak" }, t("b();")), para(t("a | b")), para(t("1 | "), t("2", "bold"))),
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

/** The AppError `convert` refuses the body with (a 422 with a field error on "body"); fails if it returns or throws anything else. */
function refusal(convert: () => unknown): AppError {
  try {
    convert();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the body was not refused");
}
const bodyError = (error: AppError) => {
  expect(error.code).toBe("invalid");
  expect(error.status).toBe(422);
  return error.details.fields?.body?.join(" ") ?? "";
};

/**
 * What marked did while `run` ran, counted where its work can grow faster
 * than the text: the levels of blocks it lexed (blockTokens runs once for
 * the source and once more for each list item and quote) and of inline
 * runs (inlineTokens: once for each paragraph, emphasis and link); the
 * characters its searches for the end of an emphasis or strikethrough read
 * (the text up to the closer, or the rest of the paragraph when none
 * comes); the characters its inline-HTML tries at "<!" and "<?" were handed
 * to search for their closing mark; those its setext-heading tries were
 * handed, each reading on to the end of the paragraph; and those its rounds
 * of trimming a bare URL read.
 */
type Work = { blockLevels: number; inlineRuns: number; emphasisScanned: number; closerSearched: number; headingTried: number; urlTrimmed: number };
const spyOnMarked = () => ({
  blockTokens: vi.spyOn(Lexer.prototype, "blockTokens"),
  inlineTokens: vi.spyOn(Lexer.prototype, "inlineTokens"),
  emStrong: vi.spyOn(Tokenizer.prototype, "emStrong"),
  del: vi.spyOn(Tokenizer.prototype, "del"),
  tag: vi.spyOn(Tokenizer.prototype, "tag"),
  lheading: vi.spyOn(Tokenizer.prototype, "lheading"),
  backpedal: vi.spyOn(Lexer.rules.inline.gfm._backpedal, "exec"),
});
let spies: ReturnType<typeof spyOnMarked>;
const handed = (spy: { mock: { calls: unknown[][] } }, counts: (src: string) => boolean = () => true) =>
  spy.mock.calls.reduce((sum, [src]) => sum + (counts(src as string) ? (src as string).length : 0), 0);
const scanned = (spy: { mock: { calls: unknown[][]; results: { value: unknown }[] } }) =>
  spy.mock.calls.reduce((sum, [src], i) => sum + ((spy.mock.results[i].value as { raw: string } | undefined)?.raw ?? (src as string)).length, 0);
function measured<T>(run: () => T): [T, Work] {
  Object.values(spies).forEach((spy) => spy.mockClear());
  const result = run();
  const work = {
    blockLevels: spies.blockTokens.mock.calls.length,
    inlineRuns: spies.inlineTokens.mock.calls.length,
    emphasisScanned: scanned(spies.emStrong) + scanned(spies.del),
    closerSearched: handed(spies.tag, (src) => src.startsWith("<!") || src.startsWith("<?")),
    headingTried: handed(spies.lheading),
    urlTrimmed: handed(spies.backpedal),
  };
  return [result, work];
}
/**
 * What the emphasis searches of one document may read: SCAN_BUDGET, plus a
 * paragraph for each search still open when it ran out (an emphasis is
 * charged after the searches nested in it, at most one a level).
 */
const emphasisBound = (markdown: string) => SCAN_BUDGET + (BODY_LIMITS.depth + 1) * markdown.length;
/** Converts `markdown`, taking a refusal (too many parts, say) as a fine answer too. */
const convertOrRefuse = (markdown: string) => {
  try {
    return markdownToDocument(markdown);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
};

describe("markdownToDocument on text built to be slow", () => {
  beforeAll(() => {
    spies = spyOnMarked();
  });
  afterAll(() => Object.values(spies).forEach((spy) => spy.mockRestore()));

  it("converts 80,000 spaces, and a soft break with blanks around it is one space", () => {
    expect(markdownToDocument(`a${" ".repeat(80_000)}b`)).toEqual(doc(para(t("a b"))));
    expect(markdownToDocument(`one${" \t".repeat(40_000)}\n${"\t ".repeat(40_000)}two`)).toEqual(doc(para(t("one two"))));
  });

  it("refuses lists nested past 20 levels with a 422 on body, before marked lexes any level even at 700 levels", () => {
    const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    expect(markdownToDocument(nestedList(20)).content).toHaveLength(1);
    expect(bodyError(refusal(() => markdownToDocument(nestedList(21))))).toMatch(/more than 20 levels deep/);
    const [error, work] = measured(() => refusal(() => markdownToDocument(nestedList(700))));
    expect(work.blockLevels).toBe(0);
    expect(bodyError(error)).toMatch(/lists, quotes or other blocks more than 20 levels deep/);
  });

  it("refuses quotes nested 5,000 deep and list markers 5,000 deep on one line, without overflowing the stack", () => {
    for (const md of [`${">".repeat(5_000)} deep`, `${"> ".repeat(5_000)}deep`, `${"- ".repeat(5_000)}deep`, `${"1. ".repeat(5_000)}deep`]) {
      const [error, work] = measured(() => refusal(() => markdownToDocument(md)));
      // The source, then one level a quote or item: refused on entering the 21st, not after 5,000.
      expect(work.blockLevels, md.slice(0, 6)).toBeLessThanOrEqual(BODY_LIMITS.depth + 1);
      expect(bodyError(error)).toMatch(/more than 20 levels deep/);
    }
  });

  it("refuses emphasis nested past 20 levels, and bounds the work on deeper nesting", () => {
    const nested = (levels: number) => `${"**a ".repeat(levels)}x${" a**".repeat(levels)}`;
    expect(() => markdownToDocument(nested(20))).not.toThrow();
    expect(bodyError(refusal(() => markdownToDocument(nested(21))))).toMatch(/emphasis or links more than 20 levels deep/);
    // 25,000 levels (200,000 characters): each level rescans the text inside it, until the
    // document's budget for emphasis runs out and the rest stays literal.
    const md = nested(25_000);
    const [, work] = measured(() => convertOrRefuse(md));
    // Rescanning at every level would read about 25,000 x 100,000 characters.
    expect(work.emphasisScanned).toBeLessThanOrEqual(emphasisBound(md));
    expect(work.inlineRuns).toBeLessThanOrEqual(BODY_LIMITS.depth + 1);
  });

  it.each(["*a_", "*a", "**a", "_a", "a_", "!", "a!", "[", "\\[", "<", "a<?", "a<!--", "`", "~a_", "www.a"])(
    "lexes a 100,000-character run of %j, markup that never closes, reading each character a bounded number of times",
    (unit) => {
      const md = unit.repeat(Math.ceil(100_000 / unit.length));
      const [, work] = measured(() => convertOrRefuse(md));
      // Each of these, tried from every delimiter and read to the end, would read on the order of 100,000 x 100,000 / 2 characters.
      expect(work.emphasisScanned).toBeLessThanOrEqual(emphasisBound(md));
      expect(work.closerSearched).toBeLessThanOrEqual(md.length);
      expect(work.headingTried).toBeLessThanOrEqual(md.length);
      expect(work.urlTrimmed).toBeLessThanOrEqual(md.length);
    },
  );

  it('looks at most 64 characters ahead for the "@" of an email address from each word', () => {
    // 64 is the longest local part an address may have: a longer run is text, read in one piece, where marked would
    // stop at its first character to try it as an address (from every character of a run like "!!!..." to its end).
    expect((lexMarkdown(`!${"b".repeat(70)}@x.test`)[0] as { tokens: { type: string }[] }).tokens.map((token) => token.type)).toEqual(["text"]);
  });

  it("lexes a list item's 200-line paragraph of 2,400-character lines trying a setext heading once, not at every line", () => {
    const md = `- a\n${`${"b".repeat(2_400)}\n`.repeat(199)}`;
    const [result, work] = measured(() => markdownToDocument(md));
    // A try at each of the 200 lines would be handed the rest of the item: about 200 x 240,000 characters.
    expect(work.headingTried).toBeLessThanOrEqual(md.length);
    expect(result.content).toHaveLength(1);
  });

  it("trims a bare URL's trailing punctuation in linear time", () => {
    const md = `See www.example.test/a${".)".repeat(50_000)}`;
    const [result, work] = measured(() => markdownToDocument(md));
    // marked trims one character a round, each round reading the whole URL: 100,000 rounds of up to 100,000 characters.
    expect(work.urlTrimmed).toBeLessThanOrEqual(md.length);
    expect(result.content[0]).toMatchObject({ content: [t("See "), t("www.example.test/a", { href: "http://www.example.test/a" }), t(".)".repeat(50_000))] });
  });

  it("refuses a paragraph of more than 200 lines in a list item, and more than 50,000 lines in all", () => {
    expect(() => markdownToDocument(`- item\n${"more\n".repeat(199)}`)).not.toThrow();
    expect(bodyError(refusal(() => markdownToDocument(`- item\n${"more\n".repeat(201)}`)))).toMatch(/more than 200 lines in a list item/);
    expect(bodyError(refusal(() => markdownToDocument(`- item\n\n${"  more\n".repeat(201)}`)))).toMatch(/more than 200 lines in a list item/);
    // A paragraph after the list (a blank line, then the margin) is not the item's, whatever the line endings.
    expect(() => markdownToDocument(`- item\n\n${"more\n".repeat(5_000)}`)).not.toThrow();
    expect(() => markdownToDocument(`- item\r\n\r\n${"more\r\n".repeat(5_000)}`)).not.toThrow();
    expect(bodyError(refusal(() => markdownToDocument(`- item\r${"more\r".repeat(201)}`)))).toMatch(/more than 200 lines in a list item/);
    const [error, work] = measured(() => refusal(() => markdownToDocument("- a\n".repeat(60_000))));
    expect(work.blockLevels).toBe(0); // refused before lexing
    expect(bodyError(error)).toMatch(/more than 50,000 lines/);
  });

  it("refuses a body with more text or parts than an article holds, saying which limit", () => {
    expect(bodyError(refusal(() => markdownToDocument("word ".repeat(110_000))))).toMatch(/549,999 characters of text; an article body holds at most 500,000/);
    expect(bodyError(refusal(() => markdownToDocument("a\n\n".repeat(20_001))))).toMatch(/40,002 parts .*at most 20,000/);
  });
});
