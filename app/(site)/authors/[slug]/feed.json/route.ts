// GET /authors/:slug/feed.json - the author's latest stories (json)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("author", "json");
