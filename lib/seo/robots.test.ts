import { describe, expect, it } from "vitest";
import { buildRobots } from "./robots";

describe("buildRobots", () => {
  it("allows the public site, keeps crawlers out of the newsroom and previews, and points to the sitemap", () => {
    expect(buildRobots("https://marquee.example/")).toEqual({
      rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/admin", "/api/auth", "/preview"] }],
      sitemap: "https://marquee.example/sitemap.xml",
    });
  });
});
