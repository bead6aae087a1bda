// GET /sitemaps/:kind-:n.xml - one sitemap of the index (articles-1.xml, tags-1.xml…)
import { respondNotFound, respondWithDocument } from "@/lib/feeds/respond";
import { getSitemap, sitemapExists } from "@/lib/feeds/sitemap-cached";
import { parseSitemapFile } from "@/lib/feeds/sitemap-file";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const wanted = parseSitemapFile((await params).file);
  const doc = wanted && (await sitemapExists(wanted.kind, wanted.n)) && (await getSitemap(wanted.kind, wanted.n));
  return doc ? respondWithDocument(request, doc) : respondNotFound("sitemap");
}
