// Account writes. Each is one transaction with its audit event.
import "server-only";
import { like, sql } from "drizzle-orm";
import { firstFreeSlug, slugify } from "@/lib/articles/slug";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { AppError, fieldErrors, invalid } from "@/lib/errors";
import { hashPassword } from "./password";
import { roles } from "./permissions";

export const newUserSchema = z.object({
  email: z
    .email("must be an email address")
    .max(320)
    .transform((v) => v.toLowerCase()),
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(120)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >"),
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
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${fields.email}`);
    if (existing) throw new AppError("conflict", `An account for ${fields.email} already exists.`);
    const base = slugify(fields.name) || "author";
    const slugs = await tx
      .select({ slug: users.slug })
      .from(users)
      .where(like(users.slug, `${base}%`));
    const taken = new Set(slugs.map((r) => r.slug ?? ""));
    const [user] = await tx
      .insert(users)
      .values({ ...fields, slug: firstFreeSlug(base, taken), passwordHash })
      .returning({ id: users.id, email: users.email, role: users.role });
    await recordAudit(tx, { actorId, action: "user.create", entityType: "user", entityId: user.id, data: { role: user.role } });
    return user;
  });
}
