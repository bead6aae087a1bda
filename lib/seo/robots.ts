import type { MetadataRoute } from "next";

/** Paths crawlers are asked to skip: the newsroom, every API, draft previews and share links (under /preview). */
export const ROBOTS_DISALLOW = ["/admin", "/api/", "/preview"];

/** robots.txt: the public site is open to every crawler; the sitemap index and the Google News sitemap are named. */
export function buildRobots(siteUrl: string): MetadataRoute.Robots {
  const base = siteUrl.replace(/\/+$/, "");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ROBOTS_DISALLOW }],
    sitemap: [`${base}/sitemap.xml`, `${base}/sitemaps/news.xml`],
  };
}
