// Test data made through the same tables and lib functions the app uses.
import { randomBytes } from "node:crypto";
import { db } from "@/db/client";
import { sections, tags, users } from "@/db/schema";
import { createArticle } from "@/lib/articles/commands";
import type { ArticleFieldsInput } from "@/lib/articles/shape";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { doc, p } from "@/lib/content/build";

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function makeUser(role: Role, password = "correct horse battery"): Promise<Actor & { email: string; password: string }> {
  const email = `${unique(role)}@example.test`;
  const [row] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, slug: unique(`test-${role}`), role, passwordHash: await hashPassword(password) })
    .returning();
  return { id: row.id, role: row.role, name: row.name, email, password };
}

/** A tag that is a public page (as the seed's and an editor's are); `listed: false` for one a contributor just created. */
export async function makeTag(kind: "show" | "person" | "topic" = "show", { listed = true }: { listed?: boolean } = {}) {
  const slug = unique("tag");
  const [row] = await db
    .insert(tags)
    .values({ slug, name: `Tag ${slug}`, kind, listedAt: listed ? new Date() : null })
    .returning();
  return row;
}

export async function makeSection() {
  const slug = unique("section");
  const [row] = await db
    .insert(sections)
    .values({ slug, name: `Section ${slug}` })
    .returning();
  return row;
}

export async function makeArticle(actor: Actor, fields: Partial<ArticleFieldsInput> = {}) {
  return createArticle({
    actor,
    fields: { title: `Story ${unique("t")}`, body: doc(p("A first paragraph with **news**.")), ...fields },
  });
}
