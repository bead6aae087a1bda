// GET /robots.txt
import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";
import { buildRobots } from "@/lib/seo/robots";

export default function robots(): MetadataRoute.Robots {
  return buildRobots(getEnv().SITE_URL);
}
