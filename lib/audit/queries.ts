// The audit log: who did what to which record, when.
import "server-only";
import { and, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { articles, auditEvents, users } from "@/db/schema";

export const AUDIT_PAGE_SIZE = 50;
export const auditFilterSchema = z.object({
  type: z.enum(["article", "user", "tag", "token", "settings"]).optional().catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditRow = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  /** A readable name for the record: an article's title, a person's name. */
  subject: string;
  data: Record<string, unknown>;
};

export async function listAuditEvents(filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
  const where: SQL[] = [];
  if (filter.type) where.push(eq(auditEvents.entityType, filter.type));
  if (filter.actor) where.push(eq(auditEvents.actorId, filter.actor));
  const condition = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.createdAt,
        actor: users.name,
        action: auditEvents.action,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        data: auditEvents.data,
        subject: sql<string | null>`case
          when ${auditEvents.entityType} = 'article' then (select ${articles.title} from ${articles} where ${articles.id}::text = ${auditEvents.entityId})
          when ${auditEvents.entityType} = 'user' then (select u2.name from users u2 where u2.id::text = ${auditEvents.entityId})
          else null end`,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(condition)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditEvents).where(condition),
  ]);
  return {
    total: total?.n ?? 0,
    rows: rows.map((r) => ({ ...r, at: r.at.toISOString(), actor: r.actor ?? "System", subject: r.subject ?? r.entityId })),
  };
}
