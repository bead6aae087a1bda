import { describe, expect, it } from "vitest";
import { xmlProblems } from "@/tests/feed-tools";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from "./sitemap-xml";

const when = new Date("2026-05-01T08:00:00Z");

describe("sitemap XML", () => {
  it("lists URLs with their last change, escaped", () => {
    const xml = buildUrlset([
      { loc: "https://news.example/tags/a?x=1&y=<2>", lastmod: when },
      { loc: "https://news.example/", lastmod: null },
    ]);
    expect(xmlProblems(xml)).toBe("");
    expect(xml).toContain("<loc>https://news.example/tags/a?x=1&amp;y=&lt;2&gt;</loc>");
    expect(xml).toContain("<lastmod>2026-05-01T08:00:00.000Z</lastmod>");
    expect(xml.match(/<lastmod>/g)).toHaveLength(1);
  });

  it("indexes child sitemaps", () => {
    const xml = buildSitemapIndex([{ loc: "https://news.example/sitemaps/articles-1.xml", lastmod: when }]);
    expect(xmlProblems(xml)).toBe("");
    expect(xml).toMatch(
      /<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\s*<sitemap>\s*<loc>https:\/\/news\.example\/sitemaps\/articles-1\.xml<\/loc>/,
    );
  });

  it("gives Google News the publication, date and title as typed, control characters removed", () => {
    const xml = buildNewsSitemap([{ loc: "https://news.example/articles/a", title: `Tom & "Jerry" ]]> 東京 שלום\u0007`, published: when }], {
      name: "Marquee",
      language: "en",
    });
    expect(xmlProblems(xml)).toBe("");
    expect(xml).toContain("<news:name>Marquee</news:name>");
    expect(xml).toContain("<news:publication_date>2026-05-01T08:00:00.000Z</news:publication_date>");
    expect(xml).toMatch(/<news:title>Tom &amp; (&quot;|")Jerry(&quot;|") \]\]&gt; 東京 שלום<\/news:title>/);
  });
});
