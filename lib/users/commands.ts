// Account management by admins. Every change that takes rights away bumps
// the session version, so the person's open sessions end at their next request.
// Invite and reset links are single use and short-lived; a person has at most
// one unused link (a new one cancels the others) and none while deactivated.
import "server-only";
import { hashToken } from "@/lib/auth/tokens";
import { randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Tx } from "@/db/client";
import { users, userTokens } from "@/db/schema";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/lib/auth/commands";
import { hashPassword } from "@/lib/auth/password";
import { can, roles } from "@/lib/auth/permissions";

/** How long a link works: an invite waits for someone new to find it; a reset is asked for and used at once. */
export const linkLifetimeHours = { invite: 72, password_reset: 1 } as const;

function requireAdmin(actor: Actor) {
  if (!can(actor.role, "user:manage")) throw forbidden("Only admins manage people.");
}

export const newAccountSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  method: z.enum(["password", "invite"]),
});

/** Deletes the person's unused invite and reset links. */
async function cancelLinks(tx: Tx, userId: string) {
  await tx.delete(userTokens).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
}

async function issueLink(tx: Tx, userId: string, purpose: keyof typeof linkLifetimeHours) {
  const token = randomBytes(24).toString("base64url");
  await cancelLinks(tx, userId);
  await tx.insert(userTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + linkLifetimeHours[purpose] * 3_600_000),
  });
  return `/account/password/${token}`;
}

/** Creates an account with a one-time password (shown once) or an invite link to choose one. */
export async function createAccount(actor: Actor, input: z.input<typeof newAccountSchema>) {
  requireAdmin(actor);
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) throw invalid("The account has invalid fields.", fieldErrors(parsed.error.issues));
  const oneTimePassword = randomBytes(12).toString("base64url");
  const user = await createUser({ ...parsed.data, password: oneTimePassword }, { actorId: actor.id });
  if (parsed.data.method === "password") return { id: user.id, oneTimePassword, link: null, linkHours: null };
  // Invited: no password works until they choose one.
  const link = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
    return issueLink(tx, user.id, "invite");
  });
  return { id: user.id, oneTimePassword: null, link, linkHours: linkLifetimeHours.invite };
}

async function lockUser(tx: Tx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw notFound("No such person.");
  return user;
}

async function assertAnotherAdmin(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)));
  if ((row?.n ?? 0) === 0) throw new AppError("conflict", "This is the last active admin; make someone else an admin first.");
}

const bump = { sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() };

export async function changeRole(actor: Actor, { userId, role }: { userId: string; role: (typeof roles)[number] }) {
  requireAdmin(actor);
  if (!roles.includes(role)) throw invalid("Unknown role.", { role: ["is not a role"] });
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === role) return;
    if (user.role === "admin") await assertAnotherAdmin(tx, userId);
    await tx
      .update(users)
      .set({ role, ...bump })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actorId: actor.id, action: "user.role", entityType: "user", entityId: userId, data: { from: user.role, to: role } });
  });
}

export async function setActive(actor: Actor, { userId, active }: { userId: string; active: boolean }) {
  requireAdmin(actor);
  if (userId === actor.id && !active) throw new AppError("conflict", "You cannot deactivate your own account.");
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.active === active) return;
    if (!active && user.role === "admin") await assertAnotherAdmin(tx, userId);
    await tx
      .update(users)
      .set({ active, ...bump })
      .where(eq(users.id, userId));
    if (!active) await cancelLinks(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.activate" : "user.deactivate", entityType: "user", entityId: userId });
  });
}

/** Ends the person's sessions and old password; returns a link to choose a new one. */
export async function resetPassword(actor: Actor, { userId }: { userId: string }) {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    await lockUser(tx, userId);
    await tx
      .update(users)
      .set({ passwordHash: null, ...bump })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actorId: actor.id, action: "user.reset_password", entityType: "user", entityId: userId });
    return { link: await issueLink(tx, userId, "password_reset"), linkHours: linkLifetimeHours.password_reset };
  });
}

export const passwordSchema = z.string().min(12, "must be at least 12 characters").max(1024);

const spentLink = "This link has expired or was already used. Ask an admin for a new one.";

/** Spends an invite or reset link on a new password; the person's other links stop working. */
export async function setPasswordWithToken({ token, password }: { token: string; password: string }) {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw invalid("Choose a longer password.", { password: parsed.error.issues.map((i) => i.message) });
  const passwordHash = await hashPassword(parsed.data);
  await db.transaction(async (tx) => {
    const [link] = await tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(userTokens.tokenHash, hashToken(token)), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date())))
      .returning({ userId: userTokens.userId });
    if (!link) throw notFound(spentLink);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, ...bump })
      .where(and(eq(users.id, link.userId), eq(users.active, true)))
      .returning({ id: users.id });
    if (!user) throw notFound(spentLink);
    await cancelLinks(tx, link.userId);
    await recordAudit(tx, { actorId: link.userId, action: "user.set_password", entityType: "user", entityId: link.userId });
  });
}

export async function isPasswordTokenUsable({ token }: { token: string }): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return false;
  const [row] = await db
    .select({ id: userTokens.id })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(and(eq(userTokens.tokenHash, hashToken(token)), isNull(userTokens.usedAt), gt(userTokens.expiresAt, new Date()), eq(users.active, true)));
  return !!row;
}
