import { Lexer } from "marked";
import { describe, expect, it } from "vitest";
import { lexMarkdown } from "./markdown-lexer";

const marked = (md: string) => new Lexer({ gfm: true, breaks: false }).lex(md);
const same = (md: string) => expect(JSON.stringify(lexMarkdown(md)), md).toBe(JSON.stringify(marked(md)));

describe("lexMarkdown", () => {
  it("gives marked's own tokens for ordinary Markdown, including what its bounds touch", () => {
    same(
      [
        "Setext heading",
        "==============",
        "",
        "- an item with a heading below",
        "  Underlined",
        "  ---",
        "- *emphasis*, **strong**, ~~struck~~ and _under_scores_ in snake_case words",
        "",
        "Bare links: www.example.test/a_(b)), https://example.test/x?y=1. and mail@example.test!",
        "Inline <!-- a comment --> and <?php echo 1; ?> and <![CDATA[ x ]]> and <!DOCTYPE html> stay HTML.",
        "A [reference][ref] and a [shortcut] and *emphasis across [a link](/x) boundary*.",
        "",
        "[ref]: /somewhere",
        "[shortcut]: /elsewhere",
        "",
        "> quoted *text*",
        "> - with a list",
        "",
        "1. one",
        "2. two",
        "   lazy continuation",
        "continues",
      ].join("\n"),
    );
  });

  it("gives marked's own tokens for 20,000 short random snippets", () => {
    const pieces = [
      "www.",
      "http://",
      "a",
      "b",
      "@",
      ".",
      "!",
      ")",
      "(",
      "&",
      "amp;",
      ";",
      "*",
      "_",
      "~",
      " ",
      "\n",
      "[",
      "]",
      "<",
      ">",
      "`",
      "-",
      "\\",
      "1. ",
      "> ",
      "e@x.test",
      "#",
      "<!--",
      "-->",
      "<?",
      "?>",
      "=",
      "[r]",
      "[r]: /x\n",
    ];
    let seed = 3;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 20_000; round++) {
      let md = "";
      for (let i = 1 + random(20); i > 0; i--) md += pieces[random(pieces.length)];
      same(md);
    }
  });
});
