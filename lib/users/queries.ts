// People reads for the dashboard (never password hashes).
import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";

/** A person to pick (byline, filter, token owner): id and name, never the email. */
export type PersonOption = { id: string; name: string };

export async function listBylineCandidates(): Promise<PersonOption[]> {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name));
}

export type AccountRow = { id: string; name: string; email: string; role: string; active: boolean; lastLoginAt: string | null };

export async function listAccounts(): Promise<AccountRow[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active, lastLoginAt: users.lastLoginAt })
    .from(users)
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, lastLoginAt: r.lastLoginAt?.toISOString() ?? null }));
}
