import type { MetadataRoute } from "next";

/** Paths crawlers are asked to skip: the newsroom, its APIs, sign-in callbacks and draft previews. */
export const ROBOTS_DISALLOW = ["/admin", "/api/admin", "/api/auth", "/preview"];

/** robots.txt: the public site is open to every crawler; the sitemap lives at the site root. */
export function buildRobots(siteUrl: string): MetadataRoute.Robots {
  const base = siteUrl.replace(/\/+$/, "");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ROBOTS_DISALLOW }],
    sitemap: `${base}/sitemap.xml`,
  };
}
