import { describe, expect, it } from "vitest";
import { MAX_PAGE, MAX_QUERY_CHARS, listPagePath, normalizeSearchQuery, pageCountOf, parsePageSegment, parseSearchPage, searchPath } from "./params";

describe("parsePageSegment", () => {
  it("accepts canonical page numbers from 2 up", () => {
    expect(parsePageSegment("2")).toBe(2);
    expect(parsePageSegment("17")).toBe(17);
    expect(parsePageSegment(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it("refuses page 1, which lives at the list's own address", () => {
    expect(parsePageSegment("1")).toBeNull();
  });

  it.each(["0", "-2", "02", "2.0", "1e3", "abc", "", " 2", "2 ", "0x10", "９", String(MAX_PAGE + 1), "99999999999999999999"])("refuses %j", (raw) =>
    expect(parsePageSegment(raw)).toBeNull(),
  );
});

describe("parseSearchPage", () => {
  it("reads a page number", () => {
    expect(parseSearchPage("3")).toBe(3);
    expect(parseSearchPage(" 4 ")).toBe(4);
    expect(parseSearchPage(["5", "9"])).toBe(5);
  });

  it.each([undefined, "", "0", "-3", "abc", "2.5", "1e3", "<script>", "NaN"])("treats %j as the first page", (raw) => {
    expect(parseSearchPage(raw)).toBe(1);
  });

  it("caps absurd page numbers", () => {
    expect(parseSearchPage("999999")).toBe(MAX_PAGE);
    expect(parseSearchPage("9".repeat(400))).toBe(MAX_PAGE);
  });
});

describe("normalizeSearchQuery", () => {
  it("trims and collapses whitespace", () => {
    expect(normalizeSearchQuery("  last \n\t ferry  ")).toBe("last ferry");
    expect(normalizeSearchQuery(["first", "second"])).toBe("first");
    expect(normalizeSearchQuery(undefined)).toBe("");
  });

  it("caps the length without splitting a character", () => {
    expect(normalizeSearchQuery("a".repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
    const emoji = normalizeSearchQuery("🎬".repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_CHARS);
    expect(emoji.endsWith("🎬")).toBe(true);
  });

  it("drops characters PostgreSQL or the highlighter cannot take", () => {
    expect(normalizeSearchQuery("nul\u0000byte")).toBe("nul byte");
    expect(normalizeSearchQuery("lone\uD800surrogate")).toBe("lone surrogate");
    expect(normalizeSearchQuery("\uE000marked\uE001")).toBe("marked");
  });

  it("keeps ordinary punctuation and unicode for the search parser", () => {
    expect(normalizeSearchQuery("' OR 1=1 --")).toBe("' OR 1=1 --");
    expect(normalizeSearchQuery('Chloé "Salt & Ember" -trailer')).toBe('Chloé "Salt & Ember" -trailer');
  });
});

describe("paths", () => {
  it("puts page 1 at the list's own address", () => {
    expect(listPagePath("/tags/low-orbit", 1)).toBe("/tags/low-orbit");
    expect(listPagePath("/tags/low-orbit", 3)).toBe("/tags/low-orbit/page/3");
  });

  it("encodes the search text", () => {
    expect(searchPath("salt & ember")).toBe("/search?q=salt+%26+ember");
    expect(searchPath("ferry", 2)).toBe("/search?q=ferry&page=2");
    expect(searchPath("")).toBe("/search");
  });

  it("counts pages", () => {
    expect(pageCountOf(0)).toBe(1);
    expect(pageCountOf(20)).toBe(1);
    expect(pageCountOf(21)).toBe(2);
  });
});
