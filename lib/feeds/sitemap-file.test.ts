import { describe, expect, it } from "vitest";
import { parseSitemapFile } from "./sitemap-file";

describe("parseSitemapFile", () => {
  it("reads the kind and number of a sitemap", () => {
    expect(parseSitemapFile("articles-1.xml")).toEqual({ kind: "articles", n: 1 });
    expect(parseSitemapFile("authors-12.xml")).toEqual({ kind: "authors", n: 12 });
  });
  it.each(["articles-0.xml", "articles-01.xml", "articles-1.xml.gz", "users-1.xml", "articles-1", "../articles-1.xml", "articles-9999999.xml", ""])(
    "refuses %j",
    (file) => expect(parseSitemapFile(file)).toBeNull(),
  );
});
