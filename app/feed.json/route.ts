// GET /feed.json - the whole site's latest stories (json)
import { siteFeedRoute } from "@/lib/feeds/route";

export const GET = siteFeedRoute("json");
