// Where a bare URL in Markdown ("www.x", "https://x") ends, trimmed exactly
// as marked trims it: no trailing punctuation, no ")" without its "(", no
// entity-like "&name;" at the end (GFM's extended autolink rules). marked
// re-matches the whole URL against a pattern until nothing changes, one
// character per round on a run like ".).).)", which is quadratic in the
// URL's length; this reads the URL once and then walks back from its end.
//
// One round of marked's pattern reads the URL from the start as a series of
// pieces and stops at the first character no piece can take:
//   plain  a run of characters other than  ? ! . , : ; * _ ' " ~ ( ) &
//   group  "(" up to the first ")" after it
//   amp    "&", unless only letters and digits and a final ";" follow it
//   punct  a run of  ? ! . , : ; * _ ' " ~ )  that does not reach the end
// The URL is cut where the round stops, and rounds repeat until one reads
// it to the end. Cutting the end only changes how the last pieces read, so
// the pieces of one reading are kept and only the tail is re-examined.

type Piece = { kind: "plain" | "group" | "amp" | "punct"; start: number; end: number };

const PUNCT = new Set("?!.,:;*_'\"~)");
const NOT_PLAIN = new Set("?!.,:;*_'\"~()&");
const isAlnum = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9");

/** One round over the whole URL: its pieces, and where it stopped (url.length when it read all of it). */
function read(url: string): { pieces: Piece[]; stop: number } {
  const n = url.length;
  // "&" at entityAmp is followed by letters and digits and a final ";" only.
  let entityAmp = -1;
  if (url.endsWith(";")) {
    let k = n - 1;
    while (k > 0 && isAlnum(url[k - 1])) k--;
    if (k < n - 1 && url[k - 1] === "&") entityAmp = k - 1;
  }
  const pieces: Piece[] = [];
  let i = 0;
  while (i < n) {
    const c = url[i];
    let end = i + 1;
    if (!NOT_PLAIN.has(c)) {
      while (end < n && !NOT_PLAIN.has(url[end])) end++;
      pieces.push({ kind: "plain", start: i, end });
    } else if (c === "(") {
      const close = url.indexOf(")", i + 1);
      if (close === -1) return { pieces, stop: i };
      end = close + 1;
      pieces.push({ kind: "group", start: i, end });
    } else if (c === "&") {
      if (i === entityAmp) return { pieces, stop: i };
      pieces.push({ kind: "amp", start: i, end });
    } else {
      while (end < n && PUNCT.has(url[end])) end++;
      if (end === n) end--; // the run may not reach the end
      if (end === i) return { pieces, stop: i };
      pieces.push({ kind: "punct", start: i, end });
    }
    i = end;
  }
  return { pieces, stop: n };
}

/** How many characters of `url` (a bare URL as marked's url rule matched it) the link keeps. */
export function trimmedUrlEnd(url: string): number {
  const { pieces, stop } = read(url);
  if (stop === url.length) return stop;
  let end = stop;
  for (;;) {
    // A round over url[0, end) reads the same pieces, up to the one that holds its last character.
    while (pieces.length && pieces[pieces.length - 1].start >= end) pieces.pop();
    const last = pieces.at(-1);
    if (!last) return end;
    if (last.kind === "plain" || last.kind === "amp") return end; // read to the end: done
    if (last.kind === "group") {
      if (last.end === end) return end;
      end = last.start; // its ")" is cut off: the "(" stops the round
      continue;
    }
    // A punct run at the end gives up its last character; a lone ";" ending
    // "&" + letters and digits makes that "&" stop the round instead.
    const [amp, plain] = [pieces.at(-3), pieces.at(-2)];
    if (
      end - 1 === last.start &&
      url[last.start] === ";" &&
      amp?.kind === "amp" &&
      plain?.kind === "plain" &&
      plain.end === last.start &&
      [...url.slice(plain.start, plain.end)].every(isAlnum)
    ) {
      end = amp.start;
      continue;
    }
    end -= 1;
  }
}
