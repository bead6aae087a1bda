// GET /sections/:slug/feed.atom - the section's latest stories (atom)
import { entityFeedRoute } from "@/lib/feeds/route";

export const GET = entityFeedRoute("section", "atom");
