// Purges the shared caches in front of Marquee (EDGE_PURGE_URLS) after a
// change commits: every edge is told which cache tags the change touched,
// the same tags Next's own cache was just told (./invalidate).
//
// The purge leaves at once and nobody waits for it, so an editor's action
// never waits on an edge; a failure is retried and every failure is logged.
// Keys that only need a background refresh go as soft purges (./edge-headers).
import "server-only";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/server/log";
import { edgePurgeKeys } from "./edge-headers";

const log = logger("edge-purge");

/**
 * One edge that drops everything cached under any of `keys`. Throws when it
 * could not. Varnish (below) is the only kind shipped; docs/caching.md
 * ("Other CDNs") shows how Fastly (Surrogate-Key) and Cloudflare (Cache-Tag) would map onto this.
 */
export interface EdgePurger {
  readonly name: string;
  /** Drops everything under `keys`; marks what is under `soft` stale, to be served while it is refetched. */
  purge(keys: readonly string[], soft?: readonly string[]): Promise<void>;
}

/** The header that carries EDGE_PURGE_SECRET; deploy/varnish/marquee.vcl checks it besides its ACL. */
export const PURGE_SECRET_HEADER = "X-Purge-Secret";

// Varnish limits a request header to 8 KB by default (http_req_hdr_len).
const MAX_KEYS_HEADER = 6000;
const REQUEST_TIMEOUT_MS = 2000;

/**
 * Varnish with vmod_xkey and deploy/varnish/marquee.vcl: `PURGE` with the keys
 * in an `xkey` header, soft ones in `xkey-soft` (with the first batch), and
 * the shared secret in PURGE_SECRET_HEADER.
 */
export function varnishPurger(url: string, secret: string): EdgePurger {
  return {
    name: `varnish ${url}`,
    async purge(keys, soft = []) {
      for (const [i, batch] of batchesOf(keys, MAX_KEYS_HEADER).entries()) {
        const headers: Record<string, string> = { xkey: batch, [PURGE_SECRET_HEADER]: secret };
        if (i === 0 && soft.length) headers["xkey-soft"] = soft.join(" ");
        const response = await fetch(url, {
          method: "PURGE",
          headers,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const reason = (await response.text()).trim();
        if (response.status !== 200) throw new Error(`answered ${response.status} ${reason}`);
      }
    },
  };
}

/** Keys joined by spaces into headers of at most `limit` characters. */
export function batchesOf(keys: readonly string[], limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const key of keys) {
    if (current && current.length + 1 + key.length > limit) {
      out.push(current);
      current = "";
    }
    current = current ? `${current} ${key}` : key;
  }
  if (current) out.push(current);
  return out;
}

export const RETRY_DELAYS_MS = [250, 1000, 4000, 15_000];

/** Purges `keys` (and softly `soft`) on one edge, retrying after each delay; true when the edge confirmed. */
export async function purgeWithRetry(purger: EdgePurger, keys: readonly string[], delays: readonly number[] = RETRY_DELAYS_MS, soft: readonly string[] = []) {
  for (let attempt = 1; ; attempt++) {
    try {
      await purger.purge(keys, soft);
      if (attempt > 1) log.info(`purged on attempt ${attempt}`, { edge: purger.name, attempt });
      return true;
    } catch (error) {
      const reason = describe(error);
      const delay = delays[attempt - 1];
      if (delay === undefined) {
        log.error(`gave up after ${attempt} attempts (${reason}); these keys stay stale there until their TTL`, {
          edge: purger.name,
          attempts: attempt,
          reason,
          keys,
        });
        return false;
      }
      log.warn(`failed (${reason}); attempt ${attempt + 1} in ${delay} ms`, { edge: purger.name, attempt, reason, retry_in_ms: delay });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** fetch's "fetch failed" hides the cause (ECONNREFUSED, a timeout...): name it. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message}` : "";
  return `${error.message}${cause}`;
}

let purgers: EdgePurger[] | undefined;
const pending = new Set<Promise<unknown>>();

/**
 * Purges what `tags` invalidated on every configured edge (./edge-headers,
 * edgePurgeKeys), starting now: the caches of this process are already clear
 * (./invalidate), so an edge refetching at once gets the new page, and the
 * purge leaves before the editor's answer does. Nobody waits for it; it is
 * retried on failure. Never throws.
 */
export function purgeEdges(tags: readonly string[]): void {
  if (!purgers) {
    // lib/env refuses EDGE_PURGE_URLS without EDGE_PURGE_SECRET.
    const { EDGE_PURGE_URLS, EDGE_PURGE_SECRET = "" } = getEnv();
    purgers = EDGE_PURGE_URLS.map((url) => varnishPurger(url, EDGE_PURGE_SECRET));
  }
  if (purgers.length === 0 || tags.length === 0) return;
  const edges = purgers;
  const { hard, soft } = edgePurgeKeys(tags);
  const job = Promise.all(edges.map((edge) => purgeWithRetry(edge, hard, RETRY_DELAYS_MS, soft))).finally(() => pending.delete(job));
  pending.add(job);
}

/** Waits for the purges under way (a script calls this before it exits). */
export async function settleEdgePurges(): Promise<void> {
  await Promise.all(pending);
}
