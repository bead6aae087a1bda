// Invalidation across instances (docs/architecture.md, "Several instances"): every
// invalidation is announced with Postgres NOTIFY, and every server process
// LISTENs and clears its own caches (./invalidation-listener). A change made
// in a transaction may announce itself inside it (announceOnCommit).
import "server-only";
import { randomUUID } from "node:crypto";
import { sql as raw } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { logger } from "@/lib/server/log";

export const INVALIDATE_CHANNEL = "marquee_invalidate";
/** NOTIFY payloads must stay under 8000 bytes. */
const PAYLOAD_BUDGET = 7000;

// appliedAtOrigin is always true now (the announcing process has cleared its
// own caches); it is still read, for announcements from an older release
// during a rolling upgrade.
type Announcement = { origin: string; appliedAtOrigin: boolean; tags: string[] };

// One id per process, shared by every bundle Next loads in it.
const holder = globalThis as unknown as { marqueeInstanceId?: string };
export const instanceId = (holder.marqueeInstanceId ??= randomUUID());

/** Announces `tags` to every instance. Never throws: the write has committed already. */
export async function announceInvalidation(tags: readonly string[]): Promise<void> {
  try {
    await announceOnCommit(db, tags);
  } catch (error) {
    logger("cache").error(`could not announce ${tags.length} invalidated tag(s) to other instances`, { error: (error as Error).message });
  }
}

/**
 * Announces `tags` through `tx`. Inside a transaction PostgreSQL delivers the
 * notification when, and only if, it commits, so listeners clear exactly
 * when the change becomes visible. Throws (failing the transaction) if it cannot.
 */
export async function announceOnCommit(tx: Executor, tags: readonly string[]): Promise<void> {
  for (const chunk of chunks(tags)) {
    const payload: Announcement = { origin: instanceId, appliedAtOrigin: true, tags: chunk };
    await tx.execute(raw`select pg_notify(${INVALIDATE_CHANNEL}, ${JSON.stringify(payload)})`);
  }
}

function* chunks(tags: readonly string[]): Generator<string[]> {
  let chunk: string[] = [];
  let size = 0;
  for (const tag of tags) {
    if (chunk.length && size + tag.length + 3 > PAYLOAD_BUDGET) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(tag);
    size += tag.length + 3;
  }
  if (chunk.length) yield chunk;
}

/** Which tags this process must clear for an announcement, or none if it cleared them already. */
export function tagsToApply(payload: string): string[] {
  let message: Partial<Announcement>;
  try {
    message = JSON.parse(payload) as Partial<Announcement>;
  } catch {
    return [];
  }
  if (!Array.isArray(message.tags) || (message.origin === instanceId && message.appliedAtOrigin)) return [];
  return message.tags.filter((t): t is string => typeof t === "string");
}
