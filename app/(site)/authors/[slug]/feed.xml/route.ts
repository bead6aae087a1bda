// GET /authors/:slug/feed.xml - the author's latest stories (rss)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("author", "rss");
