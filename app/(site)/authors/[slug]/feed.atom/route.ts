// GET /authors/:slug/feed.atom - the author's latest stories (atom)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("author", "atom");
