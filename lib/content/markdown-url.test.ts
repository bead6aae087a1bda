import { Lexer } from "marked";
import { describe, expect, it } from "vitest";
import { trimmedUrlEnd } from "./markdown-url";

// marked's own trimming: its _backpedal pattern, re-matched until nothing changes.
const backpedal = Lexer.rules.inline.gfm._backpedal;
function markedTrim(url: string): number {
  let before: string;
  do {
    before = url;
    url = backpedal.exec(url)?.[0] ?? "";
  } while (url !== before);
  return url.length;
}

/**
 * `text` as a string that counts what is read of it: one for each character
 * looked at, and the characters a search or a slice covers. Reading it any
 * other way (which would go uncounted) throws.
 */
function counted(text: string): { url: string; reads: () => number } {
  let reads = 0;
  const methods: Record<string, (...args: never[]) => unknown> = {
    indexOf: (search: string, from = 0) => {
      const at = text.indexOf(search, from);
      reads += (at === -1 ? text.length : at + search.length) - from;
      return at;
    },
    endsWith: (suffix: string) => {
      reads += suffix.length;
      return text.endsWith(suffix);
    },
    slice: (start?: number, end?: number) => {
      const part = text.slice(start, end);
      reads += part.length;
      return part;
    },
  };
  const url = new Proxy(Object(text), {
    get(_, key) {
      if (key === "length") return text.length;
      const index = typeof key === "string" ? Number(key) : Number.NaN;
      if (Number.isInteger(index) && index >= 0) {
        reads++;
        return text[index];
      }
      if (typeof key === "string" && Object.hasOwn(methods, key)) return methods[key];
      throw new Error(`read ${String(key)} of the URL`);
    },
  });
  return { url: url as string, reads: () => reads };
}

describe("trimmedUrlEnd", () => {
  it("ends a bare URL where marked does", () => {
    const urls = [
      "www.example.test",
      "www.example.test.",
      "https://example.test/a?b=c!",
      "https://example.test/a_(b)",
      "https://example.test/a_(b)).",
      "https://example.test/(a",
      "www.example.test/a&amp;",
      "www.example.test/a&amp;b",
      "www.example.test/a&amp;;",
      "www.example.test/a&;",
      "https://example.test/a*_~'\"",
      "www.a.).).)",
      "www.a(b.!)",
      "www.a(b).)",
    ];
    for (const url of urls) expect(trimmedUrlEnd(url), url).toBe(markedTrim(url));
  });

  it("ends 100,000 random URLs where marked does", () => {
    const pieces = ["a", "1", ".", "!", "?", ")", "(", "&", ";", ":", "*", "_", "~", "'", '"', ",", "/", "amp", "&a;", "(x)", "-"];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const differing: string[] = [];
    for (let round = 0; round < 100_000; round++) {
      let url = ["www.a", "http://x", "https://y.z/"][random(3)];
      for (let i = random(12); i > 0; i--) url += pieces[random(pieces.length)];
      if (trimmedUrlEnd(url) !== markedTrim(url)) differing.push(url);
    }
    expect(differing).toEqual([]);
  });

  it("trims 100,000 characters of trailing punctuation reading each character a few times", () => {
    for (const tail of [".)", "!", "&a;", ")"]) {
      const text = `www.example.test/a${tail.repeat(Math.ceil(100_000 / tail.length))}`;
      const { url, reads } = counted(text);
      expect(trimmedUrlEnd(url)).toBe("www.example.test/a".length);
      // Trimming one character per round, as marked does, reads on the order of 100,000 characters a round.
      expect(reads(), tail).toBeLessThanOrEqual(4 * text.length);
    }
  });
});
