// The GET handler every feed route exports: /feed.xml, /tags/<slug>/feed.atom…
// Query strings are ignored; a slug no tag, section or author can have is a
// 404 without a query.
import "server-only";
import { isValidSlug } from "@/lib/articles/slug";
import type { EntityKind } from "@/lib/entities/kinds";
import { getFeedDocument } from "./cached";
import { respondNotFound, respondWithDocument } from "./respond";
import type { FeedFormat } from "./scope";

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
    return doc ? respondWithDocument(request, doc) : respondNotFound(kind);
  };
}
