// Search highlights. PostgreSQL's ts_headline marks matches with StartSel and
// StopSel; we choose two private-use characters no article contains (they are
// stripped from the text before ts_headline sees it) and turn the marked text
// into plain segments, which the page renders as text and <mark>: nothing
// from an article or a query is ever treated as HTML.

export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";

/** ts_headline options for a short excerpt of up to two fragments around the matches. */
export const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=20, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
/** ts_headline options for a title: all of it, matches marked. */
export const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

export type Segment = { text: string; highlight: boolean };

/** Splits marked text into runs of plain and highlighted text. Stray or unbalanced markers are dropped, never shown. */
export function toSegments(marked: string): Segment[] {
  const out: Segment[] = [];
  let highlight = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.highlight === highlight) last.text += text;
    else out.push({ text, highlight });
    text = "";
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_STOP) {
      flush();
      highlight = ch === HIGHLIGHT_START;
    } else {
      text += ch;
    }
  }
  flush();
  return out;
}

/** The text without highlights, e.g. for an accessible name. */
export const segmentsText = (segments: Segment[]) => segments.map((s) => s.text).join("");
