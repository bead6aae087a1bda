// GET /feed.atom - the whole site's latest stories (atom)
import { siteFeedRoute } from "@/lib/feeds/route";

export const GET = siteFeedRoute("atom");
