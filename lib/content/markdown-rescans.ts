// Two of marked's rules rescan the same text from many starting points:
// - a setext heading (text underlined with === or ---) is tried at every
//   line of a list item, and each try reads on to the end of the item's
//   paragraph when no underline comes: quadratic in a long item;
// - an inline HTML comment, declaration, processing instruction or CDATA
//   section is tried at every "<!" or "<?", each try reading on for its end
//   ("-->", ">", "?>", "]]>"): quadratic in a paragraph full of "<?".
// Here each try first asks what an earlier try over the same text learnt,
// so every character is read a bounded number of times. The tokens are
// marked's own, unchanged.
//
// Positions are counted as the length of the text that remains, since each
// rule is handed the rest of the text of the current block or inline run.
import { Lexer, type Tokenizer } from "marked";

// ---- Setext headings ------------------------------------------------------------

/** Per run of the block lexer: no setext heading starts where the remaining length is below `from` and above `until`. */
export type HeadingMemo = { from: number; until: number };
export const headingMemo = (): HeadingMemo => ({ from: -1, until: -1 });

const lheading = Lexer.rules.block.gfm.lheading.source;
const textStart = lheading.indexOf("((?:.|\\n(?!");
const textEnd = lheading.indexOf("+?)\\n {0,3}(=+|-+)", textStart);
const parts =
  textStart > 0 && textEnd > textStart
    ? {
        // What the first line may not be (a list item, code, a quote...).
        start: new RegExp(lheading.slice(0, textStart)),
        // The lines a heading's text may run over, up to the first line that would end it (blank, or another block).
        text: new RegExp(`^${lheading.slice(textStart + 1, textEnd)}*`),
      }
    : null;

/**
 * marked's setext-heading rule, skipping the tries that must fail. A try
 * whose first line may start a heading fails only when no line up to the
 * first one that ends the text is an underline; then a try from any line in
 * between reaches that same line and fails too.
 */
export function boundedLheading(rule: Tokenizer["lheading"], memo: () => HeadingMemo): Tokenizer["lheading"] {
  return (src) => {
    const known = memo();
    if (src.length < known.from && src.length > known.until) return undefined;
    const token = rule(src);
    if (!token && parts?.start.test(src)) {
      known.from = src.length;
      known.until = src.length - (parts.text.exec(src)?.[0].length ?? 0) - 1;
    }
    return token;
  };
}

// ---- Inline HTML ----------------------------------------------------------------

/** Per inline run: where the next of each closing mark starts, as found by the last search for it. */
export type CloserMemo = Map<string, { searchedFrom: number; at: number }>;

/** The closing mark an inline construct starting `src` needs, if it is one that reads ahead for it. */
function closerFor(src: string): string | null {
  if (src.startsWith("<!--")) return "-->";
  if (src.startsWith("<![CDATA[")) return "]]>";
  if (src.startsWith("<!")) return ">";
  if (src.startsWith("<?")) return "?>";
  return null;
}

/** Whether `closer` occurs in `src` after its first character; each search starts where the last one's answer ran out. */
function closerAhead(memo: CloserMemo, src: string, closer: string): boolean {
  const from = src.length - 1;
  const known = memo.get(closer);
  if (known && from <= known.searchedFrom && (known.at < 0 || from >= known.at)) return known.at >= 0;
  const index = src.indexOf(closer, 1);
  const at = index < 0 ? -1 : src.length - index;
  memo.set(closer, { searchedFrom: from, at });
  return at >= 0;
}

/** marked's inline-HTML rule, skipping the tries that must fail because the closing mark never comes. */
export function boundedTag(rule: Tokenizer["tag"], memo: () => CloserMemo): Tokenizer["tag"] {
  return (src) => {
    const closer = closerFor(src);
    if (closer && !closerAhead(memo(), src, closer)) return undefined;
    return rule(src);
  };
}
