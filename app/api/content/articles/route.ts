// GET /api/content/articles - published articles, newest first, keyset-paged (public, read-only, cached)
//
//   GET /api/content/articles?tag=&section=&author=&limit=&cursor=
//   Query (all optional; an empty value counts as absent):
//     tag      a tag's slug             section  a section's slug
//     author   an author's slug (as in /authors/<slug>)
//     limit    1..50, default 20        cursor   nextCursor of the previous page
//   Filters combine with AND. An unknown tag, section or author is not an
//   error: the list is empty ({ items: [], nextCursor: null }), as it is for
//   a tag nothing has been published under yet.
//   200 { items: [{ id, slug, title, dek, url, publishedAt, updatedAt,
//                   section: { slug, name, url } | null,
//                   tags: [{ slug, name, kind, url }],
//                   bylines: [{ name, slug, url }],
//                   image: { url, alt, credit } | null }],
//         nextCursor: string | null }
//   400 { error: { code: "bad_request", message, fields } } for an unknown or
//       repeated parameter, a slug that cannot exist, a limit out of range or
//       a cursor this API did not issue.
//   Cache-Control: public, max-age=0, s-maxage=60, stale-while-revalidate=300,
//   and an xkey header naming the cache tags below, for the edge's purges.
//   Data comes from cached functions tagged latest (no filter) or
//   tag:/section:/author: (filtered), so a publish refreshes exactly these lists.
import type { NextRequest } from "next/server";
import { encodeCursor } from "@/lib/articles/cursor";
import { contentError, contentFailure, contentJson, toContentItem } from "@/lib/content-api/json";
import { type ContentListInput, contentListTags, getContentArticles } from "@/lib/content-api/list";
import { parseContentListQuery } from "@/lib/content-api/query";

export async function GET(request: NextRequest) {
  const parsed = parseContentListQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return contentError("bad_request", "The query string is not valid.", parsed.fields);
  const { tag, section, author, limit, after } = parsed.query;
  // Only the keys given, in one order: equal queries share one cache entry.
  const input: ContentListInput = { limit };
  if (tag) input.tag = tag;
  if (section) input.section = section;
  if (author) input.author = author;
  if (after) input.after = after;
  try {
    const { items, next } = await getContentArticles(input);
    return contentJson({ items: items.map(toContentItem), nextCursor: next ? encodeCursor(next) : null }, contentListTags(input));
  } catch (error) {
    return contentFailure(error);
  }
}
