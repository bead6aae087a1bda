// Sign-in, session checks and sign-out. Password hashes never leave this module.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "./actor";
import { normalizeEmail, recordLoginSuccess, reserveLoginAttempt } from "./login-throttle";
import { dummyHash, verifyPassword } from "./password";

export { loginRetryAfter } from "./login-throttle";

export type SessionClaims = { uid: string; sv: number };

/**
 * Checks a sign-in; null for a wrong email or password, "rate_limited" when
 * the throttle refuses the attempt (then the password is not checked at all).
 */
export async function checkCredentials({
  email,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip: string;
}): Promise<(Actor & { sessionVersion: number }) | null | "rate_limited"> {
  const normalized = normalizeEmail(email);
  if ((await reserveLoginAttempt({ email: normalized, ip })) > 0) return "rate_limited";
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalized));
  // Unknown accounts, and invited or reset ones with no password yet, still pay for one verification.
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user?.passwordHash;
  if (!user || !ok || !user.active) return null;
  await recordLoginSuccess({ email: normalized, ip });
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { id: user.id, role: user.role, name: user.name, sessionVersion: user.sessionVersion };
}

/**
 * Sign-out: ends the session on the server, not only in the browser, so a
 * copied session cookie stops working. Sessions are versioned per account,
 * so this ends the person's other sessions too. A session that is already
 * stale changes nothing.
 */
export async function endSession(claims: SessionClaims): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, claims.uid), eq(users.sessionVersion, claims.sv)));
}

/** The actor behind a session, or null when the account was deactivated or its sessions revoked. */
export async function resolveSession(claims: SessionClaims): Promise<Actor | null> {
  const [user] = await db
    .select({ id: users.id, role: users.role, name: users.name, active: users.active, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, claims.uid));
  if (!user || !user.active || user.sv !== claims.sv) return null;
  return { id: user.id, role: user.role, name: user.name };
}
