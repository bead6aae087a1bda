// Feeds served from the Next cache: built once per publishing event and
// tagged like the pages they mirror, so a cache hit costs no query.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getEnv } from "@/lib/env";
import { buildAtom } from "./atom";
import { makeDocument, type ServedDocument } from "./document";
import { feedChangedAt } from "./feed-item";
import { buildJsonFeed } from "./json-feed";
import { loadFeedSource } from "./queries";
import { buildRss } from "./rss";
import { FEED_FORMATS, type FeedFormat, type FeedScope } from "./scope";

const builders = { rss: buildRss, atom: buildAtom, json: buildJsonFeed };

/** The feed ready to serve, or null when no tag, section or author has this slug. */
export async function getFeedDocument(scope: FeedScope, format: FeedFormat): Promise<ServedDocument | null> {
  "use cache";
  cacheLife("content");
  const { source, tags } = await loadFeedSource(scope);
  cacheTag(...tags);
  if (!source) return null;
  const builtAt = new Date();
  // The document's date comes from its content, not from when this instance
  // built it: instances behind one load balancer then send the same bytes
  // and ETag. Last-Modified stays the build time (a removed story makes the
  // newest remaining one older, and If-Modified-Since must still see a change).
  const body = builders[format]({ siteUrl: getEnv().SITE_URL, changedAt: feedChangedAt(source.articles, builtAt) }, source);
  return makeDocument(body, FEED_FORMATS[format].contentType, builtAt, tags);
}
