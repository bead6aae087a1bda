import { describe, expect, it } from "vitest";
import { buildRobots } from "./robots";

describe("buildRobots", () => {
  it("allows the public site, keeps crawlers out of the newsroom, the APIs and previews, and points to the sitemaps", () => {
    expect(buildRobots("https://marquee.example/")).toEqual({
      rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/preview"] }],
      sitemap: ["https://marquee.example/sitemap.xml", "https://marquee.example/sitemaps/news.xml"],
    });
  });
});
