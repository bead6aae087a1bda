// Writes one audit event inside the caller's transaction.
import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: "article" | "user" | "tag" | "token" | "settings";
  entityId: string;
  data?: Record<string, unknown>;
};

export async function recordAudit(tx: Executor, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({ ...event, data: event.data ?? {} });
}
