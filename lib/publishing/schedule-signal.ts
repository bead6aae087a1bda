// Tells every scheduler that a stored publish or unpublish time changed, so it
// wakes for the new next-due time instead of polling. Sent inside the
// transaction: PostgreSQL delivers a NOTIFY only if the transaction commits.
import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

export const SCHEDULE_CHANNEL = "marquee_schedule";

export async function announceScheduleChange(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_notify(${SCHEDULE_CHANNEL}, '')`);
}
