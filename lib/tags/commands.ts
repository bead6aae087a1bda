// Tag writes. A tag an editor or admin creates is a public page at once; one
// a contributor creates is listed (gets its page, feeds and sitemap entry)
// only when a story carrying it is published (listTagsOnPublish).
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { tagRedirects, tags } from "@/db/schema";
import { tagKind } from "./kinds";
import { fieldErrors, forbidden, invalid } from "@/lib/errors";
import { assertDailyQuota } from "@/lib/articles/quotas";
import { slugify } from "@/lib/articles/slug";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { TagOption } from "./queries";

export const newTagSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "is required")
    .max(80)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >"),
  kind: z.enum(tagKind),
});
export type NewTagInput = z.input<typeof newTagSchema>;

export type EnsuredTags = {
  /** One per input, in order: the tag with that slug, found or created. */
  tags: TagOption[];
  /** Slugs of tags created here as public pages: their cached "no such tag" answers must go, after the commit. */
  listedSlugs: string[];
};

/** Creates a tag, or returns the existing one with the same slug. */
export async function createTag(actor: Actor, input: NewTagInput): Promise<TagOption> {
  const ensured = await db.transaction((tx) => ensureTags(tx, actor, [input]));
  await invalidateListedTags(ensured);
  return ensured.tags[0];
}

/**
 * Inside the caller's transaction: finds each tag by the slug of its name and
 * creates the missing ones (one audit event each), after checking the
 * account's daily tag quota for all of them at once. Creates nothing when any
 * input is invalid or the quota would be passed.
 */
export async function ensureTags(tx: Executor, actor: Actor, inputs: NewTagInput[], now = new Date()): Promise<EnsuredTags> {
  if (!can(actor.role, "tag:create")) throw forbidden();
  const wanted = inputs.map((input) => {
    const parsed = newTagSchema.safeParse(input);
    if (!parsed.success) throw invalid("The tag has invalid fields.", fieldErrors(parsed.error.issues));
    const slug = slugify(parsed.data.name);
    if (!slug) throw invalid("The tag name needs a letter or digit.", { name: ["needs a letter or digit"] });
    return { ...parsed.data, slug };
  });
  if (!wanted.length) return { tags: [], listedSlugs: [] };
  const slugs = [...new Set(wanted.map((w) => w.slug))];
  const found = await existingTags(tx, slugs);
  const missing = slugs.filter((slug) => !found.has(slug)).map((slug) => wanted.find((w) => w.slug === slug)!);
  const listedSlugs: string[] = [];
  if (missing.length) {
    await assertDailyQuota(tx, { kind: "tags", actor, adding: missing.length, now });
    const listedAt = can(actor.role, "tag:manage") ? now : null;
    // A tag another request created meanwhile is left as it is and found below.
    const created = await tx
      .insert(tags)
      .values(missing.map((w) => ({ slug: w.slug, name: w.name, kind: w.kind, createdById: actor.id, listedAt, createdAt: now, updatedAt: now })))
      .onConflictDoNothing({ target: tags.slug })
      .returning({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind });
    for (const row of created) {
      await recordAudit(tx, { actorId: actor.id, action: "tag.create", entityType: "tag", entityId: row.id, data: { slug: row.slug, listed: !!listedAt } });
      found.set(row.slug, row);
      if (listedAt) listedSlugs.push(row.slug);
    }
    if (created.length < missing.length) {
      for (const [slug, row] of await existingTags(
        tx,
        missing.map((w) => w.slug).filter((s) => !found.has(s)),
      ))
        found.set(slug, row);
    }
  }
  return { tags: wanted.map((w) => found.get(w.slug)!), listedSlugs };
}

/** The tags with these slugs, found by the slug or by an old slug of theirs (a tag renamed or merged away): an old name finds the tag now answering for it. */
async function existingTags(tx: Executor, slugs: string[]): Promise<Map<string, TagOption>> {
  if (!slugs.length) return new Map();
  const option = { id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind };
  const rows = await tx.select(option).from(tags).where(inArray(tags.slug, slugs));
  const found = new Map(rows.map((r) => [r.slug, r]));
  const rest = slugs.filter((slug) => !found.has(slug));
  if (rest.length) {
    const redirected = await tx
      .select({ oldSlug: tagRedirects.oldSlug, ...option })
      .from(tagRedirects)
      .innerJoin(tags, eq(tags.id, tagRedirects.tagId))
      .where(inArray(tagRedirects.oldSlug, rest));
    for (const { oldSlug, ...tag } of redirected) found.set(oldSlug, tag);
  }
  return found;
}

/** After the commit: a cached "no such tag" page, feed or API answer for these slugs must now show the (empty) tag. */
export async function invalidateListedTags({ listedSlugs }: Pick<EnsuredTags, "listedSlugs">): Promise<void> {
  if (listedSlugs.length) await invalidateTags(listedSlugs.map(cacheTags.tag));
}

/**
 * Publishing a story makes its tags public pages: those not listed yet get
 * `listed_at` now. Runs in the publish transaction; the publish already
 * clears the cache tags of every tag the live story carries.
 */
export async function listTagsOnPublish(tx: Executor, tagIds: readonly string[], now: Date): Promise<void> {
  if (!tagIds.length) return;
  await tx
    .update(tags)
    .set({ listedAt: now })
    .where(and(inArray(tags.id, [...tagIds]), isNull(tags.listedAt)));
}
