// The GET handler every feed route exports: /feed.xml, /tags/<slug>/feed.atom…
// Query strings are ignored; a slug no tag, section or author can have is a
// 404 without a query.
import "server-only";
import { isValidSlug } from "@/lib/articles/slug";
import { edgeHeaders } from "@/lib/cache/edge-headers";
import { getEntityRedirect } from "@/lib/entities/cached";
import { entityCacheTags, type EntityKind } from "@/lib/entities/kinds";
import { getFeedDocument } from "./cached";
import { respondNotFound, respondWithDocument } from "./respond";
import { type FeedFormat, feedPath } from "./scope";

export function siteFeedRoute(format: FeedFormat) {
  return async function GET(request: Request): Promise<Response> {
    const doc = await getFeedDocument({ kind: "site" }, format);
    return doc ? respondWithDocument(request, doc) : respondNotFound("feed");
  };
}

export function entityFeedRoute(kind: EntityKind, format: FeedFormat) {
  return async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
    const { slug } = await params;
    if (!isValidSlug(slug)) return respondNotFound(kind);
    const doc = await getFeedDocument({ kind, slug }, format);
    if (doc) return respondWithDocument(request, doc);
    // An old slug (a tag renamed or merged away): a permanent redirect, kept by the edge under both slugs' keys.
    const to = await getEntityRedirect({ kind, slug });
    if (!to) return respondNotFound(kind);
    const headers = {
      ...edgeHeaders([...entityCacheTags(kind, slug, null), ...entityCacheTags(kind, to, null)]),
      Location: feedPath({ kind, slug: to }, format),
    };
    return new Response(null, { status: 301, headers });
  };
}
