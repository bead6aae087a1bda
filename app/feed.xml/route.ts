// GET /feed.xml - the whole site's latest stories (rss)
import { siteFeedRoute } from "@/lib/feeds/route";

export const GET = siteFeedRoute("rss");
