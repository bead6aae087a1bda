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

  it("trims 100,000 characters of trailing punctuation in under 100 ms", () => {
    for (const tail of [".)", "!", "&a;", ")"]) {
      const url = `www.example.test/a${tail.repeat(Math.ceil(100_000 / tail.length))}`;
      const started = performance.now();
      expect(trimmedUrlEnd(url)).toBe("www.example.test/a".length);
      expect(performance.now() - started, tail).toBeLessThan(100);
    }
  });
});
