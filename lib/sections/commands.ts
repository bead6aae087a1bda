// Section management by admins: create, rename or describe, reorder (the site
// navigation and the home page follow the order), delete an empty one. Each
// is one transaction with its audit event; the cache tags of what showed the
// old value are invalidated after the commit.
import "server-only";
import { eq, max } from "drizzle-orm";
import { db, type Executor, type Tx } from "@/db/client";
import { articles, liveArticles, sections } from "@/db/schema";
import { slugify } from "@/lib/articles/slug";
import { readLiveFootprint } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { cacheTags, tagsForStoriesShowing } from "@/lib/cache/tags";
import { AppError, fieldErrors, forbidden, invalid, notFound } from "@/lib/errors";
import { sectionCreateSchema, sectionOrderSchema, sectionPatchSchema } from "./schemas";
import type { z } from "zod";
import { type AdminSection, getAdminSection, listSectionsForAdmin } from "./queries";

type Options = { executor?: Executor; now?: Date };
type Change<T> = T & { touchedTags: string[] };

function assertMayManage(actor: Actor) {
  if (!can(actor.role, "section:manage")) throw forbidden("Only admins can change sections.");
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid("Some fields are not valid.", fieldErrors(parsed.error.issues));
  return parsed.data;
}

const slugTaken = () => new AppError("conflict", "Another section already uses that slug.", { fields: { slug: ["is already used by another section"] } });

export async function createSection(
  { actor, input }: { actor: Actor; input: z.input<typeof sectionCreateSchema> },
  { executor = db, now = new Date() }: Options = {},
) {
  assertMayManage(actor);
  const { name, slug: given, description = "" } = parse(sectionCreateSchema, input);
  const slug = given ?? slugify(name);
  if (!slug) throw invalid("The name needs a letter or digit.", { name: ["needs a letter or digit"] });
  const result = await executor.transaction(async (tx): Promise<Change<{ section: AdminSection }>> => {
    const [last] = await tx.select({ position: max(sections.position) }).from(sections);
    const [row] = await tx
      .insert(sections)
      .values({ slug, name, description, position: (last?.position ?? -1) + 1, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: sections.slug })
      .returning({ id: sections.id });
    if (!row) throw slugTaken();
    await recordAudit(tx, { actorId: actor.id, action: "section.create", entityType: "section", entityId: row.id, createdAt: now, data: { slug, name } });
    // The navigation, and a cached "no such section" answer for the slug.
    return { section: (await getAdminSection({ id: row.id }, tx))!, touchedTags: [cacheTags.sections, cacheTags.section(slug)] };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

async function lockSection(tx: Tx, id: string) {
  const [row] = await tx.select().from(sections).where(eq(sections.id, id)).for("update");
  if (!row) throw notFound("Section not found.");
  return row;
}

/** Renames or describes a section; `version`, when sent, must be its current one. */
export async function updateSection(
  { actor, id, patch }: { actor: Actor; id: string; patch: z.input<typeof sectionPatchSchema> },
  { executor = db, now = new Date() }: Options = {},
) {
  assertMayManage(actor);
  const { version, ...fields } = parse(sectionPatchSchema, patch);
  const result = await executor.transaction(async (tx): Promise<Change<{ section: AdminSection }>> => {
    const row = await lockSection(tx, id);
    if (version !== undefined && version !== row.version) {
      throw new AppError("conflict", "Someone changed this section since you opened it.", { currentVersion: row.version });
    }
    await tx
      .update(sections)
      .set({ ...fields, version: row.version + 1, updatedAt: now })
      .where(eq(sections.id, id));
    const renamed = fields.name !== undefined && fields.name !== row.name;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.update",
      entityType: "section",
      entityId: id,
      createdAt: now,
      data: { slug: row.slug, fields: Object.keys(fields) },
    });
    const touched = new Set([cacheTags.section(row.slug)]);
    if (renamed) {
      // The navigation, the home page's headings and every list entry of a story filed under it show the name.
      for (const tag of [cacheTags.sections, cacheTags.home, ...tagsForStoriesShowing(await liveFootprintsIn(tx, id))]) touched.add(tag);
    }
    return { section: (await getAdminSection({ id }, tx))!, touchedTags: [...touched].sort() };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

async function liveFootprintsIn(tx: Tx, sectionId: string) {
  const live = await tx.select({ id: liveArticles.articleId }).from(liveArticles).where(eq(liveArticles.sectionId, sectionId));
  const footprints = await Promise.all(live.map((l) => readLiveFootprint(tx, l.id)));
  return footprints.filter((f) => f !== null);
}

/** Puts every section in the order of `ids` (all of them, each once): the navigation and the home page follow. */
export async function reorderSections({ actor, ids }: { actor: Actor; ids: string[] }, { executor = db, now = new Date() }: Options = {}) {
  assertMayManage(actor);
  const order = parse(sectionOrderSchema, { ids }).ids;
  const result = await executor.transaction(async (tx): Promise<Change<{ sections: AdminSection[] }>> => {
    const rows = await tx.select({ id: sections.id }).from(sections).orderBy(sections.id).for("update");
    const known = new Set(rows.map((r) => r.id));
    if (new Set(order).size !== order.length || order.length !== known.size || order.some((i) => !known.has(i))) {
      throw new AppError("conflict", "The sections changed since you opened the list; reload it and try again.", {
        fields: { ids: ["must name every section once"] },
      });
    }
    for (const [position, id] of order.entries()) {
      await tx.update(sections).set({ position, updatedAt: now }).where(eq(sections.id, id));
    }
    await recordAudit(tx, { actorId: actor.id, action: "section.reorder", entityType: "section", entityId: "*", createdAt: now, data: { ids: order } });
    return { sections: await listSectionsForAdmin(tx), touchedTags: [cacheTags.home, cacheTags.sections] };
  });
  await invalidateTags(result.touchedTags);
  return result;
}

/** Deletes a section no story is filed under (working or live copy); 409 with `storyCount` otherwise. */
export async function deleteSection({ actor, id }: { actor: Actor; id: string }, { executor = db, now = new Date() }: Options = {}) {
  assertMayManage(actor);
  const result = await executor.transaction(async (tx) => {
    const row = await lockSection(tx, id);
    // Lock the stories filed under it, so none is filed there while it goes.
    const filed = await tx.select({ id: articles.id }).from(articles).where(eq(articles.sectionId, id)).for("update");
    const live = await tx.select({ id: liveArticles.articleId }).from(liveArticles).where(eq(liveArticles.sectionId, id));
    const storyCount = new Set([...filed, ...live].map((r) => r.id)).size;
    if (storyCount > 0) {
      throw new AppError("conflict", `${storyCount === 1 ? "1 story is" : `${storyCount} stories are`} filed under this section; move them first.`, {
        storyCount,
      });
    }
    await tx.delete(sections).where(eq(sections.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.delete",
      entityType: "section",
      entityId: id,
      createdAt: now,
      data: { slug: row.slug, name: row.name },
    });
    return { touchedTags: [cacheTags.sections, cacheTags.section(row.slug)] };
  });
  await invalidateTags(result.touchedTags);
  return result;
}
