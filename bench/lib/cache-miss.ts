// Cache-miss renders: distinct article URLs nobody requested yet, fetched
// one after another, so each is rendered on its first request; then a few
// of them again, to show what the cache saves.
import { cacheHeaders, timedGet } from "./http";
import { summarize, type Summary } from "./stats";

export type CacheMissResult = {
  first: Summary;
  again: Summary;
  statuses: Record<string, number>;
  /** x-nextjs-cache values seen on first requests (MISS, HIT, STALE or none). */
  firstCache: Record<string, number>;
  againCache: Record<string, number>;
  sampleHeaders: Record<string, string>;
};

const count = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

export async function measureCacheMisses(base: string, slugs: string[], repeat = 20): Promise<CacheMissResult> {
  const first: number[] = [];
  const again: number[] = [];
  const statuses: Record<string, number> = {};
  const firstCache: Record<string, number> = {};
  const againCache: Record<string, number> = {};
  let sampleHeaders: Record<string, string> = {};
  for (const slug of slugs) {
    const r = await timedGet(`${base}/articles/${slug}`);
    first.push(r.ms);
    count(statuses, String(r.status));
    count(firstCache, r.headers.get("x-nextjs-cache") ?? "(none)");
    if (!Object.keys(sampleHeaders).length) sampleHeaders = cacheHeaders(r.headers);
  }
  for (const slug of slugs.slice(0, repeat)) {
    const r = await timedGet(`${base}/articles/${slug}`);
    again.push(r.ms);
    count(againCache, r.headers.get("x-nextjs-cache") ?? "(none)");
  }
  return { first: summarize(first), again: summarize(again), statuses, firstCache, againCache, sampleHeaders };
}
