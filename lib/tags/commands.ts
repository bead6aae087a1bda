// Tag writes.
import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { tags } from "@/db/schema";
import { tagKind } from "./kinds";
import { fieldErrors, forbidden, invalid } from "@/lib/errors";
import { slugify } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { TagOption } from "./queries";

export const newTagSchema = z.object({
  name: z.string().trim().min(1, "is required").max(80).refine((v) => !/[<>]/.test(v), "must not contain < or >"),
  kind: z.enum(tagKind),
});

/** Creates a tag, or returns the existing one with the same slug. */
export async function createTag(actor: Actor, input: z.input<typeof newTagSchema>): Promise<TagOption> {
  if (!can(actor.role, "tag:create")) throw forbidden();
  const parsed = newTagSchema.safeParse(input);
  if (!parsed.success) throw invalid("The tag has invalid fields.", fieldErrors(parsed.error.issues));
  const slug = slugify(parsed.data.name);
  if (!slug) throw invalid("The tag name needs a letter or digit.", { name: ["needs a letter or digit"] });
  const { tag, created } = await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(tags).where(eq(tags.slug, slug));
    if (existing) return { tag: { id: existing.id, slug, name: existing.name, kind: existing.kind }, created: false };
    const [row] = await tx.insert(tags).values({ slug, name: parsed.data.name, kind: parsed.data.kind }).returning();
    await recordAudit(tx, { actorId: actor.id, action: "tag.create", entityType: "tag", entityId: row.id, data: { slug } });
    return { tag: { id: row.id, slug, name: row.name, kind: row.kind }, created: true };
  });
  // A cached "no such tag" page for this slug must now show the (empty) tag page.
  if (created) await invalidateTags([cacheTags.tag(slug)]);
  return tag;
}
