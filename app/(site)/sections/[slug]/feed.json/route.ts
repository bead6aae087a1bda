// GET /sections/:slug/feed.json - the section's latest stories (json)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("section", "json");
