// GET /tags/:slug/feed.atom - the tag's latest stories (atom)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("tag", "atom");
