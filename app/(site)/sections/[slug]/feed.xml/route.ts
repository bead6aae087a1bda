// GET /sections/:slug/feed.xml - the section's latest stories (rss)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("section", "rss");
