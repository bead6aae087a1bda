// GET /tags/:slug/feed.xml - the tag's latest stories (rss)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("tag", "rss");
