// GET /api/content/articles/:slug - one published article with its body (public, read-only, cached)
//
//   200 { article: { ...a list item (see ../route.ts), bodyHtml, correctionNote } }
//   301 to /api/content/articles/<current slug> when the slug is an article's old one
//   404 { error: { code: "not_found", message } } for drafts, unpublished and unknown slugs
//   Cache-Control as the list; xkey slug:<slug> for the edge. Read through the article page's cached
//   function (tagged slug:<slug> and article:<id>), so the API and the page
//   share one cache entry and one invalidation.
import { getArticlePage } from "@/lib/articles/cached";
import { cacheTags } from "@/lib/cache/tags";
import { isValidSlug } from "@/lib/articles/slug";
import { contentError, contentFailure, contentJson, publicCache, toContentArticle } from "@/lib/content-api/json";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isValidSlug(slug)) return contentError("not_found", "No published article has this slug.");
  try {
    const page = await getArticlePage(slug);
    if (!page) return contentError("not_found", "No published article has this slug.");
    if ("redirectTo" in page) {
      const headers = { ...publicCache([cacheTags.slug(slug)]), Location: `/api/content/articles/${page.redirectTo}` };
      return new Response(null, { status: 301, headers });
    }
    return contentJson({ article: toContentArticle(page.article) }, [cacheTags.slug(slug)]);
  } catch (error) {
    return contentFailure(error);
  }
}
