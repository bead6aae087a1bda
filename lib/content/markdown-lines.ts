// Limits on the lines of a Markdown source, checked in one pass before it
// is lexed:
// - a paragraph in a list item may run on for LIST_ITEM_LINES lines: marked
//   rebuilds its text at each further line (quadratic in its lines), and
//   one that long is mostly text that lacks the blank line ending the list;
// - the source may have MAX_LINES lines: marked spends about 5 us on each
//   line of a list, and no article needs as many.

export const MAX_LINES = 50_000;
export const TOO_MANY_LINES = `has more than ${MAX_LINES.toLocaleString("en-US")} lines of Markdown`;
export const LIST_ITEM_LINES = 200;
export const LIST_ITEM_TOO_LONG = `has a paragraph of more than ${LIST_ITEM_LINES} lines in a list item; end the list with a blank line, or split the paragraph`;

const isSpace = (c: string) => c === " " || c === "\t";

/** What a line is, for counting the lines of list items: blank (quote marks aside), a list item's first line, or other. */
function lineKind(text: string, start: number, end: number): "blank" | "item" | "other" {
  let i = start;
  while (i < end && (isSpace(text[i]) || text[i] === ">")) i++;
  if (i === end) return "blank";
  let marker = i;
  if (text[i] === "*" || text[i] === "+" || text[i] === "-") marker = i + 1;
  else {
    while (marker < end && marker - i < 10 && text[marker] >= "0" && text[marker] <= "9") marker++;
    marker = marker > i && marker - i <= 9 && (text[marker] === "." || text[marker] === ")") ? marker + 1 : i;
  }
  return marker > i && (marker === end || isSpace(text[marker])) ? "item" : "other";
}

/**
 * Whether a list item may hold a paragraph of more than LIST_ITEM_LINES
 * lines (marked rebuilds such a paragraph at each of its lines). An item
 * runs from its first line until a line that starts the next item, or one
 * at the left margin after a blank line. Every line that may belong to a
 * paragraph is counted (code too), so this may refuse a little early,
 * never late.
 */
function listParagraphTooLong(markdown: string): boolean {
  let inItem = false;
  let afterBlank = false;
  let lines = 0; // of the current paragraph
  for (let start = 0; start <= markdown.length; ) {
    let end = markdown.indexOf("\n", start);
    if (end === -1) end = markdown.length;
    const kind = lineKind(markdown, start, end);
    if (kind === "item") {
      inItem = true;
      lines = 0;
    } else if (kind === "blank") {
      lines = 0;
    } else if (inItem) {
      if (afterBlank && !isSpace(markdown[start]) && markdown[start] !== ">") inItem = false;
      else if (++lines > LIST_ITEM_LINES) return true;
    }
    afterBlank = kind === "blank";
    start = end + 1;
  }
  return false;
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

/** Which line limit the Markdown passes, said for an editor; null when it has none. */
export function markdownLinesProblem(markdown: string): string | null {
  if (lineCount(markdown) > MAX_LINES) return TOO_MANY_LINES;
  if (listParagraphTooLong(markdown)) return LIST_ITEM_TOO_LONG;
  return null;
}
