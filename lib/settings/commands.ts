// Install-wide settings.
import "server-only";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";

/** Kept in step with the seed's check (db/seed), which refuses a production database. */
export const PRODUCTION_FLAG = "install.production";

export async function markProductionInstall({ actorId }: { actorId: string | null }) {
  await db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: PRODUCTION_FLAG, value: true, updatedById: actorId })
      .onConflictDoUpdate({ target: settings.key, set: { value: true, updatedById: actorId, updatedAt: new Date() } });
    await recordAudit(tx, { actorId, action: "settings.production", entityType: "settings", entityId: PRODUCTION_FLAG });
  });
}
