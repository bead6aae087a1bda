// Tag and section reads for the dashboard.
import "server-only";
import { asc, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { sections, tags } from "@/db/schema";

export type TagOption = { id: string; slug: string; name: string; kind: string };

/** Type-ahead: names that start with the query first, then names that contain it. */
export async function searchTags({ q, limit = 10 }: { q: string; limit?: number }): Promise<TagOption[]> {
  const term = q
    .trim()
    .slice(0, 100)
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  if (!term) return [];
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind })
    .from(tags)
    .where(or(ilike(tags.name, `%${term}%`), ilike(tags.slug, `%${term}%`)))
    .orderBy(sql`case when lower(${tags.name}) like lower(${`${term}%`}) then 0 else 1 end`, asc(tags.name))
    .limit(Math.min(Math.max(limit, 1), 25));
}

export async function listSectionOptions(): Promise<{ id: string; slug: string; name: string }[]> {
  return db.select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).orderBy(asc(sections.position));
}
