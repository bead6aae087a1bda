// GET /sitemaps/news.xml - Google News sitemap of the stories published in the last 48 hours
import { getNewsSitemap } from "@/lib/feeds/sitemap-cached";
import { respondWithDocument } from "@/lib/feeds/respond";

export async function GET(request: Request): Promise<Response> {
  return respondWithDocument(request, await getNewsSitemap());
}
