// Limits on the lines of a Markdown source, checked in one pass before it
// is lexed:
// - a paragraph in a list item may run on for LIST_ITEM_LINES lines: marked
//   rebuilds its text at each further line (quadratic in its lines), and
//   one that long is mostly text that lacks the blank line ending the list;
// - the source may have MAX_LINES lines: marked spends about 5 us on each
//   line of a list, and no article needs as many;
// - lists may nest BODY_LIMITS.depth deep: marked re-reads an item's whole
//   text at every level before the lexer's own depth count can stop it
//   (300 ms for a list 700 deep), so the nesting is measured here first.

import { BODY_LIMITS, TOO_DEEP } from "./document";

export const MAX_LINES = 50_000;
export const TOO_MANY_LINES = `has more than ${MAX_LINES.toLocaleString("en-US")} lines of Markdown`;
export const LIST_ITEM_LINES = 200;
export const LIST_ITEM_TOO_LONG = `has a paragraph of more than ${LIST_ITEM_LINES} lines in a list item; end the list with a blank line, or split the paragraph`;

const isSpace = (c: string) => c === " " || c === "\t";

/** Columns of leading white space (a tab to the next multiple of 4) and where the text starts. */
function indentOf(text: string, start: number, end: number): { columns: number; at: number } {
  let columns = 0;
  let i = start;
  for (; i < end && isSpace(text[i]); i++) columns = text[i] === "\t" ? columns + 4 - (columns % 4) : columns + 1;
  return { columns, at: i };
}

/** The width of a list marker and the spaces after it at `at` ("- ", "12. "), or 0 when the line is not a list item. */
function markerWidth(text: string, at: number, end: number): number {
  let marker = at;
  if (text[at] === "*" || text[at] === "+" || text[at] === "-") marker = at + 1;
  else {
    while (marker < end && marker - at < 10 && text[marker] >= "0" && text[marker] <= "9") marker++;
    marker = marker > at && marker - at <= 9 && (text[marker] === "." || text[marker] === ")") ? marker + 1 : at;
  }
  if (marker === at || (marker < end && !isSpace(text[marker]))) return 0;
  let after = marker;
  while (after < end && after - marker < 4 && isSpace(text[after])) after++;
  return after - at || 1;
}

/**
 * Whether list items nest more than `max` deep, as CommonMark nests them: an
 * item whose marker stands at or right of the content of the item above it
 * is inside that item. A line of text at the margin after a blank line ends
 * every list. Counts a nesting that code blocks could hide too, so it may
 * refuse early, never late.
 */
export function listNestingTooDeep(markdown: string, max: number): boolean {
  const contentColumns: number[] = [];
  let afterBlank = false;
  for (let start = 0; start <= markdown.length;) {
    let end = markdown.indexOf("\n", start);
    if (end === -1) end = markdown.length;
    const { columns, at } = indentOf(markdown, start, end);
    const blank = at === end;
    const width = blank ? 0 : markerWidth(markdown, at, end);
    if (width) {
      while (contentColumns.length && columns < contentColumns[contentColumns.length - 1]) contentColumns.pop();
      contentColumns.push(columns + width);
      if (contentColumns.length > max) return true;
    } else if (!blank && afterBlank && columns === 0) {
      contentColumns.length = 0;
    }
    afterBlank = blank;
    start = end + 1;
  }
  return false;
}

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
  for (let start = 0; start <= markdown.length;) {
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
  if (listNestingTooDeep(markdown, BODY_LIMITS.depth)) return TOO_DEEP;
  return null;
}
