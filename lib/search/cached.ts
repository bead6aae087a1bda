// Search results cached per (q, page): every publish or unpublish touches
// `latest`, which refreshes them all. The page normalizes q before calling,
// so variants in spacing or length share one entry.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import { searchLiveArticles, type SearchResults } from "./queries";

export async function getSearchResults({ q, page }: { q: string; page: number }): Promise<SearchResults> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.latest);
  return searchLiveArticles({ q, page });
}
