// Account reads for sign-in and session checks. Password hashes never leave
// this module.
import "server-only";
import { and, count, eq, gt, min, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import type { Actor } from "./actor";
import { dummyHash, verifyPassword } from "./password";

const WINDOW_MS = 60_000;
const MAX_FAILURES = 5;

export type SessionClaims = { uid: string; sv: number };

/** Checks a sign-in; null for a wrong email or password, "rate_limited" after too many failures. */
export async function checkCredentials({
  email,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip: string;
}): Promise<(Actor & { sessionVersion: number }) | null | "rate_limited"> {
  const normalized = email.trim().toLowerCase();
  const keys = loginKeys(normalized, ip);
  if (await isRateLimited(keys)) return "rate_limited";
  const [user] = await db.select().from(users).where(eq(sql`lower(${users.email})`, normalized));
  // Unknown accounts, and invited or reset ones with no password yet, still pay for one verification.
  const ok = (await verifyPassword(user?.passwordHash ?? (await dummyHash()), password)) && !!user?.passwordHash;
  if (!user || !ok || !user.active) {
    await db.insert(loginAttempts).values(keys.map((key) => ({ key })));
    return null;
  }
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
  return { id: user.id, role: user.role, name: user.name, sessionVersion: user.sessionVersion };
}

async function isRateLimited(keys: string[]): Promise<boolean> {
  return (await secondsUntilAllowed(keys)) > 0;
}

/** Seconds until a sign-in for these keys is allowed again; 0 when it is allowed now. */
async function secondsUntilAllowed(keys: string[]): Promise<number> {
  const now = Date.now();
  const since = new Date(now - WINDOW_MS);
  let wait = 0;
  for (const key of keys) {
    const [row] = await db
      .select({ n: count(), oldest: min(loginAttempts.createdAt) })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), gt(loginAttempts.createdAt, since)));
    if ((row?.n ?? 0) >= MAX_FAILURES && row?.oldest) {
      wait = Math.max(wait, Math.ceil((row.oldest.getTime() + WINDOW_MS - now) / 1000));
    }
  }
  return wait;
}

/**
 * Rate-limit buckets: the account, and the client address when one is known.
 * Without an address (no proxy setting X-Forwarded-For) every visitor would
 * share one bucket, and five wrong guesses would lock everyone out.
 */
function loginKeys(email: string, ip: string): string[] {
  return ip === "unknown" ? [`email:${email}`] : [`email:${email}`, `ip:${ip}`];
}

/** For the sign-in endpoint: how long this email and address must wait (0: not limited). */
export async function loginRetryAfter({ email, ip }: { email: string; ip: string }): Promise<number> {
  return secondsUntilAllowed(loginKeys(email.trim().toLowerCase(), ip));
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
