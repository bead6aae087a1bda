// The page cache in front of Next inside the server process (scripts/server.ts):
// public responses that Next marks shareable (Cache-Control s-maxage) and
// keys (the xkey header of ./edge-headers), kept in memory and answered
// without entering Next. It follows the edge's rules (deploy/varnish) and is
// purged by the same cache tags, in the same moments as Next's own cache
// (./invalidate), so it shows nothing Next would not.
//
// Why: on Node 20 every request Next handles pays for its request storage
// (async hooks) and routing, and a cached page cost 1.5 to 2 times the CPU of
// a prerendered page; from here it costs about what bare Node does.
import { LRUCache } from "lru-cache";
import { edgePurgeKeys } from "./edge-headers";

export type StoredResponse = {
  status: number;
  headers: [string, string | string[]][];
  /** The same, as the name-value list writeHead takes, made once when stored. */
  flatHeaders: string[];
  body: Buffer;
  etag: string | undefined;
  keys: string[];
  storedAt: number;
};

/** One response above this is passed through (the largest feed is about 400 kB). */
export const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

export class PageCache {
  private readonly entries: LRUCache<string, StoredResponse>;
  /** When each key was last purged, and when everything was. */
  private readonly purgedAt = new Map<string, number>();
  private purgedAllAt = -Infinity;

  /** `now` is the clock for lifetimes and purge times. */
  constructor(
    maxBytes: number,
    readonly now: () => number = Date.now,
  ) {
    this.entries = new LRUCache<string, StoredResponse>({
      maxSize: maxBytes,
      maxEntrySize: Math.min(maxBytes, MAX_ENTRY_BYTES),
      sizeCalculation: (entry) => entry.body.length + 512,
      ttlAutopurge: false,
      ttlResolution: 0,
      perf: { now: this.now },
    });
  }

  get(key: string): StoredResponse | undefined {
    return this.entries.get(key);
  }

  /**
   * Whether anything shown under `keys` was purged at or after `renderedAt`:
   * a response rendered from then may show the data before the change.
   */
  purgedSince(keys: readonly string[], renderedAt: number): boolean {
    return this.purgedAllAt >= renderedAt || keys.some((k) => (this.purgedAt.get(k) ?? -Infinity) >= renderedAt);
  }

  /**
   * Keeps `entry` for `ttlSeconds`, unless one of its keys was purged at or
   * after `renderedAt`, when the render that made it began (or, for a
   * response Next did not date, when its request began).
   */
  set(key: string, entry: StoredResponse, ttlSeconds: number, renderedAt: number): boolean {
    if (this.purgedSince(entry.keys, renderedAt)) return false;
    this.entries.set(key, entry, { ttl: ttlSeconds * 1000 });
    return this.entries.has(key);
  }

  /** Drops every response shown under any of `tags`, and remembers when. */
  purge(tags: readonly string[]): number {
    const purged = new Set(tags);
    const at = this.now();
    for (const tag of purged) this.purgedAt.set(tag, at);
    this.forgetOldPurges(at);
    let dropped = 0;
    for (const [key, entry] of this.entries.entries()) {
      if (entry.keys.some((k) => purged.has(k))) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  /** Drops everything, for when this process may have missed purges (a lost LISTEN connection). */
  clear(): void {
    this.entries.clear();
    this.purgedAllAt = this.now();
  }

  readonly maxEntryBytes = MAX_ENTRY_BYTES;

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }

  private forgetOldPurges(at: number) {
    // Only renders still under way compare with a purge time; none takes minutes.
    const old = at - 10 * 60_000;
    for (const [tag, purged] of this.purgedAt) if (purged < old) this.purgedAt.delete(tag);
  }
}

// Next bundles the app's copy of this module separately from the server's, so
// the server's cache is reached through one global name.
const REGISTRY_KEY = Symbol.for("marquee.page-cache");
const registry = globalThis as unknown as { [REGISTRY_KEY]?: PageCache };

export function registerPageCache(cache: PageCache | undefined): void {
  registry[REGISTRY_KEY] = cache;
}

/** Empties this process's page cache, if it runs one. */
export function clearPageCache(): void {
  registry[REGISTRY_KEY]?.clear();
}

/**
 * Purges `tags` from this process's page cache, if it runs one
 * (scripts/server.ts), with every key the edge purges for them, soft ones
 * included: the edge's background refresh must find a fresh page here.
 */
export function purgePageCache(tags: readonly string[]): void {
  const cache = registry[REGISTRY_KEY];
  if (!cache) return;
  const { hard, soft } = edgePurgeKeys(tags);
  cache.purge([...hard, ...soft]);
}
