// API tokens: shown once, stored as a SHA-256 hash, scoped to a user whose
// role they act with, revocable and optionally expiring.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { invalid, notFound } from "@/lib/errors";
import type { Actor } from "./actor";

const PREFIX = "mq_";
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const newTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(80)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >"),
  userId: z.uuid(),
  expiresInDays: z.coerce.number().int().min(1).max(3650).nullable().default(null),
});

export async function createApiToken(actor: Actor, input: z.input<typeof newTokenSchema>): Promise<{ id: string; token: string }> {
  const parsed = newTokenSchema.safeParse(input);
  if (!parsed.success) throw invalid("The token has invalid fields.");
  const { name, userId, expiresInDays } = parsed.data;
  const token = `${PREFIX}${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.active, true)));
    if (!owner) throw notFound("No active user with that id.");
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId,
        name,
        prefix: token.slice(0, PREFIX.length + 6),
        tokenHash: hashToken(token),
        createdById: actor.id,
        expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, { actorId: actor.id, action: "token.create", entityType: "token", entityId: row.id, data: { userId } });
    return { id: row.id, token };
  });
}

export async function revokeApiToken(actor: Actor, { id }: { id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) throw notFound("No active token with that id.");
    await recordAudit(tx, { actorId: actor.id, action: "token.revoke", entityType: "token", entityId: id });
  });
}

export async function listApiTokens() {
  const now = Date.now();
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      userName: users.name,
      userEmail: users.email,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((t) => ({
    ...t,
    state: t.revokedAt ? ("revoked" as const) : t.expiresAt && t.expiresAt.getTime() <= now ? ("expired" as const) : ("active" as const),
  }));
}

/** The actor a bearer token acts as, or null for an unknown, revoked or expired token or an inactive user. */
export async function resolveBearerToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const now = new Date();
  const [row] = await db
    .select({
      id: apiTokens.id,
      userId: users.id,
      role: users.role,
      name: users.name,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), eq(users.active, true)));
  if (!row || (row.expiresAt && row.expiresAt <= now)) return null;
  // Written at most once a minute, so a busy script does not write on every call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return { id: row.userId, role: row.role, name: row.name };
}
