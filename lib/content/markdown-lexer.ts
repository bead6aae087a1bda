// marked's GFM lexer, bounded for text from outside:
// - blocks (lists, quotes) and inline markup (emphasis, links,
//   strikethrough) nested deeper than BODY_LIMITS.depth are refused while
//   lexing, before the nesting can cost time or stack (each level rescans
//   the text inside it);
// - the rules that look ahead for an email address at every word scan at
//   most 64 characters (the longest local part an address may have) instead
//   of the rest of the paragraph, which made long runs like "a_a_a_..." or
//   "!!!..." quadratic;
// - a bare URL ("www.x", "https://x") is trimmed to where its link ends in
//   one pass (markdown-url.ts) before marked trims it, one character per
//   round (quadratic on "www.x.).).)...");
// - the search for the end of each emphasis and strikethrough is bounded by
//   a budget per document (markdown-emphasis.ts), where marked would scan
//   the rest of the paragraph for every delimiter (quadratic on "*a_*a_...");
// - setext headings and inline HTML comments skip the tries that must fail
//   (markdown-rescans.ts), where marked would read to the end of a list
//   item from each of its lines, or of a paragraph from each "<?";
// - reference links are masked (so that emphasis cannot pair across one)
//   only when the document defines references, and with a pattern that
//   reads 99 pieces ahead of each "[" rather than 999 (a longer label is
//   left unmasked): on a run of escaped brackets it cost about 9 us a
//   character;
// - sources with too many lines, or list items with too long a paragraph,
//   are refused before lexing (markdown-lines.ts).
import { Lexer, type Token, Tokenizer, type TokensList } from "marked";
import { BODY_LIMITS, EMPHASIS_TOO_DEEP, TOO_DEEP } from "./document";
import { bodyRefused } from "./limits";
import { boundedSearch, SCAN_BUDGET } from "./markdown-emphasis";
import { boundedLheading, boundedTag, type CloserMemo, type HeadingMemo, headingMemo } from "./markdown-rescans";
import { markdownLinesProblem } from "./markdown-lines";
import { trimmedUrlEnd } from "./markdown-url";

const EMAIL_LOCAL_PART = 64;

/** The rule with every "one or more email characters, then @" bounded to a local part's length. */
function boundedEmailLookahead(rule: RegExp): RegExp {
  const source = rule.source.replaceAll("]+@", `]{1,${EMAIL_LOCAL_PART}}@`).replaceAll("]+(@)", `]{1,${EMAIL_LOCAL_PART}}(@)`);
  return new RegExp(source, rule.flags);
}

const gfmInline = Lexer.rules.inline.gfm;
const inlineRules = {
  ...gfmInline,
  text: boundedEmailLookahead(gfmInline.text),
  url: boundedEmailLookahead(gfmInline.url),
  reflinkSearch: new RegExp(gfmInline.reflinkSearch.source.replaceAll(",999}", ",99}"), gfmInline.reflinkSearch.flags),
};

/** For masking when there are no references: matches nowhere, so the text is left as it is. */
const NOTHING = /(?!)/g;

/**
 * marked's bare-URL tokenizer, handed the URL already trimmed to where the
 * link ends (trimmedUrlEnd), so its own trimming takes one round. The link
 * is the same, and the text after it is lexed as before.
 */
function boundedUrl(url: Tokenizer["url"], rule: RegExp): Tokenizer["url"] {
  return (src) => {
    const match = rule.exec(src);
    if (!match || match[2] === "@") return url(src);
    return url(src.slice(0, trimmedUrlEnd(match[0])));
  };
}

/**
 * Runs `fn` one level deeper with a fresh `scope` on `scopes` (what the
 * rules learn about this run of text), refusing the body past `max` levels.
 */
function nested<S, T>(scopes: S[], scope: S, max: number, problem: string, fn: () => T): T {
  if (scopes.length >= max) throw bodyRefused(problem);
  scopes.push(scope);
  try {
    return fn();
  } finally {
    scopes.pop();
  }
}

/** Markdown -> marked tokens (GFM, no line-break extension). Throws bodyRefused past the limits above. */
export function lexMarkdown(markdown: string): TokensList {
  // Line endings as marked reads them, so that the lines counted are its lines.
  const source = markdown.replace(/\r\n?/g, "\n");
  const problem = markdownLinesProblem(source);
  if (problem) throw bodyRefused(problem);
  const tokenizer = new Tokenizer();
  const lexer = new Lexer({ gfm: true, breaks: false, tokenizer });
  const rules = { ...inlineRules };
  tokenizer.rules = { ...tokenizer.rules, inline: rules };
  tokenizer.url = boundedUrl(tokenizer.url.bind(tokenizer), inlineRules.url);
  const scanned = { chars: SCAN_BUDGET };
  tokenizer.emStrong = boundedSearch(tokenizer.emStrong.bind(tokenizer), scanned);
  tokenizer.del = boundedSearch(tokenizer.del.bind(tokenizer), scanned);

  // The tokenizer calls back into lexer.blockTokens for each list item and
  // quote, and into lexer.inlineTokens for each emphasis, link and
  // strikethrough: wrapping them counts every level of nesting, and gives
  // each run of text its own memos.
  const blocks: HeadingMemo[] = [];
  const inlines: CloserMemo[] = [];
  tokenizer.lheading = boundedLheading(tokenizer.lheading.bind(tokenizer), () => blocks[blocks.length - 1]);
  tokenizer.tag = boundedTag(tokenizer.tag.bind(tokenizer), () => inlines[inlines.length - 1]);
  const blockTokens = lexer.blockTokens.bind(lexer) as (src: string, tokens?: Token[], clipped?: boolean) => Token[];
  const inlineTokens = lexer.inlineTokens.bind(lexer);
  // lex() itself is the first level of each; a quote or list item, or an emphasis, is one more.
  lexer.blockTokens = ((src: string, tokens?: Token[], clipped?: boolean) => {
    const result = nested(blocks, headingMemo(), BODY_LIMITS.depth + 1, TOO_DEEP, () => blockTokens(src, tokens, clipped));
    // Every reference definition is known once the outermost run ends, before any inline text is lexed.
    if (!blocks.length && !Object.keys(lexer.tokens.links).length) rules.reflinkSearch = NOTHING;
    return result;
  }) as typeof lexer.blockTokens;
  lexer.inlineTokens = (src: string, tokens?: Token[]) => nested(inlines, new Map(), BODY_LIMITS.depth + 1, EMPHASIS_TOO_DEEP, () => inlineTokens(src, tokens));
  return lexer.lex(source);
}
