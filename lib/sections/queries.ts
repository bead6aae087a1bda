// Section reads for the dashboard and the Admin API: every section in the
// order of the site navigation, with how many stories are filed under it.
import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { articles, sections } from "@/db/schema";

export type AdminSection = { id: string; slug: string; name: string; description: string; position: number; version: number; storyCount: number };

export async function listSectionsForAdmin(executor: Executor = db): Promise<AdminSection[]> {
  return executor
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      position: sections.position,
      version: sections.version,
      storyCount: count(articles.id),
    })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.name));
}

export async function getAdminSection({ id }: { id: string }, executor: Executor = db): Promise<AdminSection | null> {
  return (await listSectionsForAdmin(executor)).find((s) => s.id === id) ?? null;
}
