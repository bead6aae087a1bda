// GET /sitemap.xml - the sitemap index: articles, tags, sections and authors, 50,000 URLs a sitemap
import { getSitemapIndex } from "@/lib/feeds/sitemap-cached";
import { respondWithDocument } from "@/lib/feeds/respond";

export async function GET(request: Request): Promise<Response> {
  return respondWithDocument(request, await getSitemapIndex());
}
