// Who the hero import (scripts/import-heroes.ts) acts as: the active admin
// with the given email, or the first active admin.
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

export async function findImportingAdmin({ email }: { email?: string }): Promise<Actor | null> {
  const [row] = await db
    .select({ id: users.id, role: users.role, name: users.name })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), email ? sql`lower(${users.email}) = lower(${email})` : undefined))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return row ?? null;
}
