// Bounds marked's search for the end of an emphasis ("*", "_") or a
// strikethrough ("~"). For each opening delimiter marked scans the rest of
// the paragraph for its closer; in text full of delimiters that never close
// ("*a_*a_*a_..."), every one of them scans to the end: quadratic.
//
// The searches of one document share a budget of SCAN_BUDGET characters: a
// search that finds its closer costs the text it spans, one that finds none
// the rest of its paragraph. No article comes near it (a 500,000-character
// body in bold throughout spends a quarter of it). Once it is spent, the
// remaining delimiters of the document stay literal "*", "_" and "~".

/** Characters the emphasis searches of one document may scan. */
export const SCAN_BUDGET = 2_000_000;

type Search<T> = (src: string, maskedSrc: string, prevChar?: string) => T | undefined;

/** The tokenizer method `search` (marked's emStrong or del), run while `budget` lasts. */
export function boundedSearch<T extends { raw: string }>(search: Search<T>, budget: { chars: number }): Search<T> {
  return (src, maskedSrc, prevChar) => {
    if (budget.chars <= 0) return undefined;
    const found = search(src, maskedSrc, prevChar);
    budget.chars -= found ? found.raw.length : src.length;
    return found;
  };
}
