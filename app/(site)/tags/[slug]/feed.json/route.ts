// GET /tags/:slug/feed.json - the tag's latest stories (json)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("tag", "json");
