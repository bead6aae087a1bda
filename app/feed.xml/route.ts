// GET /feed.xml - RSS 2.0 of the latest published articles
import { getFeedArticles } from "@/lib/articles/cached";
import { edgeHeaders } from "@/lib/cache/edge-headers";
import { cacheTags } from "@/lib/cache/tags";
import { getEnv } from "@/lib/env";
import { buildRss } from "@/lib/feeds/rss";

export async function GET() {
  const articles = await getFeedArticles();
  const xml = buildRss(
    getEnv().SITE_URL,
    { title: "Marquee", description: "TV, film, music and celebrity news.", path: "/", selfPath: "/feed.xml" },
    articles,
  );
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", ...edgeHeaders([cacheTags.feeds]) },
  });
}
