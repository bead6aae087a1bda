// Every server process hears every instance's invalidations (lib/cache/fanout.ts)
// and clears them from its own caches at once (lib/cache/invalidate.ts). /api/ready asks it whether it is
// still hearing them (invalidationListenerLiveness).
import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "@/db/client";
import { listenForever } from "@/lib/server/listen";
import { logger, type Logger } from "@/lib/server/log";
import { sharedListTags } from "./tags";
import { INVALIDATE_CHANNEL, tagsToApply } from "./fanout";
import { applyAnnouncedTags } from "./invalidate";
import { clearPageCache } from "./page-cache";

// On globalThis: /api/ready is bundled apart from instrumentation.ts, which starts the listener.
type Ears = { startedAt: number; connectedAt?: number; heardAt?: number; stopped: boolean };
const holder = globalThis as unknown as { marqueeInvalidationEars?: Ears };

/** Anything heard on the channel this recently proves the LISTEN connection works. */
const HEARD_RECENTLY_MS = 30_000;

export function startInvalidationListener(log: Pick<Logger, "error"> = logger("cache")) {
  let connectedBefore = false;
  const ears: Ears = { startedAt: Date.now(), stopped: false };
  holder.marqueeInvalidationEars = ears;
  const listening = listenForever(
    INVALIDATE_CHANNEL,
    (payload) => {
      ears.heardAt = Date.now();
      const tags = tagsToApply(payload);
      if (tags.length) applyAnnouncedTags(tags);
    },
    () => {
      ears.connectedAt = Date.now();
      // After a lost connection, announcements sent meanwhile are gone: refresh
      // the shared lists, and drop every page the page cache holds (any of them
      // may have changed; Next's own cache answers the refetches).
      if (connectedBefore) {
        clearPageCache();
        applyAnnouncedTags([...sharedListTags]);
      }
      connectedBefore = true;
    },
    log,
  );
  return {
    stop: async () => {
      ears.stopped = true;
      await listening.stop();
    },
  };
}

export type ListenerLiveness = { alive: true; heardAt: string } | { alive: false; reason: string };

/**
 * Whether this process's listener hears the channel now. When nothing was
 * heard in the last 30 s, it announces a heartbeat (a payload with no tags,
 * which every instance ignores) and waits up to `timeoutMs` to hear it back
 * through its own LISTEN connection.
 */
export async function invalidationListenerLiveness(timeoutMs = 1000): Promise<ListenerLiveness> {
  const ears = holder.marqueeInvalidationEars;
  if (!ears || ears.stopped) return { alive: false, reason: "not running" };
  if (ears.connectedAt === undefined) return { alive: false, reason: "not connected yet" };
  const heard = () => ({ alive: true as const, heardAt: new Date(ears.heardAt!).toISOString() });
  if (ears.heardAt !== undefined && Date.now() - ears.heardAt <= HEARD_RECENTLY_MS) return heard();
  const sentAt = Date.now();
  try {
    await withTimeout(sql`select pg_notify(${INVALIDATE_CHANNEL}, ${JSON.stringify({ heartbeat: randomUUID() })})`, timeoutMs);
  } catch (error) {
    return { alive: false, reason: `heartbeat not sent: ${(error as Error).message}` };
  }
  while (Date.now() - sentAt < timeoutMs) {
    if (ears.heardAt !== undefined && ears.heardAt >= sentAt) return heard();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { alive: false, reason: `heartbeat not heard back within ${timeoutMs} ms` };
}

function withTimeout<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}
