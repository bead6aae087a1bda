// Account writes. Each is one transaction with its audit event.
import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { AppError, invalid } from "@/lib/errors";
import { fieldErrors } from "@/lib/articles/commands";
import { hashPassword } from "./password";
import { roles } from "./permissions";

export const newUserSchema = z.object({
  email: z.email("must be an email address").max(320).transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1, "is required").max(120).refine((v) => !/[<>]/.test(v), "must not contain < or >"),
  role: z.enum(roles),
  password: z.string().min(12, "must be at least 12 characters").max(1024),
});

export async function createUser(
  input: z.input<typeof newUserSchema>,
  { actorId = null }: { actorId?: string | null } = {},
): Promise<{ id: string; email: string; role: string }> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw invalid("The account has invalid fields.", fieldErrors(parsed.error.issues));
  const { password, ...fields } = parsed.data;
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${fields.email}`);
    if (taken) throw new AppError("conflict", `An account for ${fields.email} already exists.`);
    const [user] = await tx
      .insert(users)
      .values({ ...fields, passwordHash })
      .returning({ id: users.id, email: users.email, role: users.role });
    await recordAudit(tx, { actorId, action: "user.create", entityType: "user", entityId: user.id, data: { role: user.role } });
    return user;
  });
}
