// Variants are made after an upload (or a replace) has answered: the editor
// waits for the checks and the original's write, about half a second for a
// 12-megapixel photo, not for the eighteen encodes (several seconds, AVIF
// most of them). Until they exist an item lists no variants and pages show
// its original (docs/architecture.md, "Media").
//
// One job at a time per process, in the order queued (lib/media/variants.ts
// bounds libvips' memory the same way). A job writes the files, then names
// them in the row only if the row still holds the same file and still has
// none; then the pages showing the item are invalidated, so their next
// render lists the variants. A process that stops mid-job leaves the item
// without variants: every server sweeps for such items once a minute and
// queues those untouched for two minutes (another process may still be at
// work on a fresh one; if two make the same variants, they write the same
// bytes under the same keys).
import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { buffer } from "node:stream/consumers";
import { db, type Executor } from "@/db/client";
import { media } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { rerenderBodiesShowing } from "@/lib/publishing/media-refresh";
import { logger } from "@/lib/server/log";
import { storeVariants } from "./files";
import { getMediaStorage, type MediaStorage } from "./storage";
import { liveTagsOf } from "./usage";

export const SWEEP_EVERY_MS = 60_000;
/** An item without variants this long after its last change has no job left running anywhere. */
export const ABANDONED_AFTER_MS = 120_000;

type JobOptions = { executor?: Executor; storage?: MediaStorage };

const queued = new Set<string>();
let tail: Promise<void> = Promise.resolve();

/** Makes the item's variants after everything queued before it; a second call for an item already queued does nothing. */
export function queueVariants(id: string, options: JobOptions = {}): void {
  if (queued.has(id)) return;
  queued.add(id);
  tail = tail
    .then(async () => void (await makeVariants(id, options)))
    .catch((error: unknown) => logger("media").error("could not make an image's variants", { media: id, error: (error as Error).message }))
    .finally(() => queued.delete(id));
}

/** Resolves when every job queued so far has ended (tests, and a server shutting down). */
export function variantsSettled(): Promise<void> {
  return tail;
}

/** Makes and records the variants of the item's current file, unless it has them already or is gone. Returns whether it recorded them. */
export async function makeVariants(id: string, { executor = db, storage }: JobOptions = {}): Promise<boolean> {
  const [row] = await executor
    .select({ hash: media.contentHash, originalKey: media.originalKey, variants: media.variants })
    .from(media)
    .where(eq(media.id, id));
  if (!row || row.variants.length > 0) return false;
  const store = storage ?? (await getMediaStorage());
  const original = await store.get(row.originalKey);
  if (!original) throw new Error(`the original ${row.originalKey} is missing from storage`);
  const variants = await storeVariants(store, await buffer(original.body), row.hash);
  const recorded = await executor.transaction(async (tx) => {
    const [updated] = await tx
      .update(media)
      .set({ variants })
      .where(and(eq(media.id, id), eq(media.contentHash, row.hash), sql`jsonb_array_length(${media.variants}) = 0`))
      .returning({ id: media.id });
    if (!updated) return null;
    // Bodies showing the item hold its URLs in their stored HTML: the variants' srcset now.
    await rerenderBodiesShowing(tx, id);
    return [cacheTags.media(id), ...(await liveTagsOf(tx, id))];
  });
  if (recorded) {
    await invalidateTags(recorded);
    return true;
  }
  // If another process recorded the same content's variants, the keys are theirs too: nothing to do.
  const [now] = await executor.select({ hash: media.contentHash }).from(media).where(eq(media.id, id));
  if (now?.hash === row.hash) return false;
  // Replaced or deleted meanwhile: the files of the old content are nobody's,
  // and a replaced item's new file (whose queueing found this job running) is next.
  await store.delete(variants.map((v) => v.key));
  return now ? makeVariants(id, { executor, storage: store }) : false;
}

/** Queues every item left without variants for ABANDONED_AFTER_MS; returns their ids. */
export async function sweepAbandonedVariants({ executor = db, storage, now = new Date() }: JobOptions & { now?: Date } = {}): Promise<string[]> {
  const rows = await executor
    .select({ id: media.id })
    .from(media)
    .where(and(sql`jsonb_array_length(${media.variants}) = 0`, lt(media.updatedAt, new Date(now.getTime() - ABANDONED_AFTER_MS))))
    .limit(100);
  for (const { id } of rows) queueVariants(id, { executor, storage });
  return rows.map((r) => r.id);
}

const holder = globalThis as unknown as { marqueeVariantSweep?: NodeJS.Timeout };

/** Sweeps now and every SWEEP_EVERY_MS in this process (lib/server/background.ts). */
export function startVariantSweep(): void {
  if (holder.marqueeVariantSweep) return;
  const sweep = () =>
    void sweepAbandonedVariants().catch((error: unknown) => logger("media").error("variant sweep failed", { error: (error as Error).message }));
  holder.marqueeVariantSweep = setInterval(sweep, SWEEP_EVERY_MS).unref();
  sweep();
}
