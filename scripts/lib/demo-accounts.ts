// The demo accounts `npm run dev` and `npm run db:seed` create
// (db/seed/content.ts). Their password is printed at every dev start, kept in
// .data or set by MARQUEE_DEMO_PASSWORD: a production server must not accept
// them. `npm start` refuses a database where any is active, and
// `npm run admin:create` deactivates them once a real admin exists.
import { and, eq, inArray } from "drizzle-orm";
import { users as demoUsers } from "@/db/seed/content";

export const DEMO_EMAILS = demoUsers.map((u) => u.email);

/** The demo accounts present and active in the database (DATABASE_URL), by email. */
export async function activeDemoAccounts(): Promise<{ id: string; email: string }[]> {
  const { db } = await import("@/db/client");
  const { users } = await import("@/db/schema");
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.email, DEMO_EMAILS), eq(users.active, true)))
    .orderBy(users.email);
}

/** Why `npm start` stops, and the ways on, in one line. */
export function demoRefusal(emails: string[]): string {
  const named = emails.length > 2 ? `${emails.slice(0, 2).join(", ")} and ${emails.length - 2} more` : emails.join(", ");
  return (
    `This database has active demo accounts with a known password (${named}), so npm start refuses it. ` +
    "For production, create your admin with `npm run admin:create` (it deactivates them); to run the demo, set MARQUEE_ALLOW_DEMO=1."
  );
}
