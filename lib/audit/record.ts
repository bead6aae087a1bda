// Writes one audit event inside the caller's transaction.
import "server-only";
import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: "article" | "user" | "tag" | "section" | "token" | "settings" | "media";
  entityId: string;
  data?: Record<string, unknown>;
  /** When it happened, if not the transaction's start (a scheduled publish prepared ahead of its time commits later). */
  createdAt?: Date;
};

export async function recordAudit(tx: Executor, event: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({ ...event, data: event.data ?? {} });
}
