// Tag reads for the dashboard's tag management and the Admin API: each tag
// with its kind, how many stories carry it and when one last changed,
// last-changed tag first, keyset-paged by the one cursor (lib/articles/cursor.ts).
import "server-only";
import { and, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { articles, articleTags, type Tag, tags } from "@/db/schema";
import { encodeCursor, type Keyset } from "@/lib/articles/cursor";
import { afterKey, microsOf } from "@/lib/articles/keyset";
import type { TagKind } from "./kinds";

export type AdminTag = {
  id: string;
  slug: string;
  name: string;
  kind: TagKind;
  description: string;
  imageMediaId: string | null;
  /** Whether readers can reach its page (see listed_at in db/schema.ts). */
  listed: boolean;
  version: number;
  /** Stories carrying it (their working copies, whatever their status). */
  storyCount: number;
  /** The last change to a story carrying it; null when none does. */
  lastUsedAt: string | null;
  updatedAt: string;
};

const usage = sql`(select count(*)::int as n, max(a.updated_at) as last
    from ${articleTags} at join ${articles} a on a.id = at.article_id
    where at.tag_id = ${tags.id})`;

const columns = {
  id: tags.id,
  slug: tags.slug,
  name: tags.name,
  kind: tags.kind,
  description: tags.description,
  imageMediaId: tags.imageMediaId,
  listedAt: tags.listedAt,
  version: tags.version,
  updatedAt: tags.updatedAt,
  storyCount: sql<number>`(select n from ${usage} u)`,
  lastUsedAt: sql<Date | null>`(select last from ${usage} u)`.mapWith((v: string | Date | null) => (v ? new Date(v) : null)),
  us: microsOf(tags.updatedAt),
};

type Row = Pick<Tag, "id" | "slug" | "name" | "kind" | "description" | "imageMediaId" | "listedAt" | "version" | "updatedAt"> & {
  storyCount: number | null;
  lastUsedAt: Date | null;
};

function toAdminTag(row: Row): AdminTag {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    description: row.description,
    imageMediaId: row.imageMediaId,
    listed: row.listedAt !== null,
    version: row.version,
    storyCount: row.storyCount ?? 0,
    lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Tags matching `q` (name or slug) and `kind`, last changed first, after the keyset `after`. */
export async function listTagsForAdmin({ q, kind, after, limit }: { q?: string; kind?: TagKind; after?: Keyset; limit: number }) {
  const where: SQL[] = [];
  const term = q?.trim();
  if (term) where.push(or(ilike(tags.name, `%${escapeLike(term)}%`), ilike(tags.slug, `%${escapeLike(term)}%`))!);
  if (kind) where.push(eq(tags.kind, kind));
  if (after) where.push(afterKey(tags.updatedAt, tags.id, after));
  const rows = await db
    .select(columns)
    .from(tags)
    .where(and(...where))
    .orderBy(desc(tags.updatedAt), desc(tags.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toAdminTag), nextCursor: rows.length > limit && last ? encodeCursor({ us: last.us, id: last.id }) : null };
}

/** One tag as the dashboard shows it, or null. */
export async function getAdminTag({ id }: { id: string }, executor: Executor = db): Promise<AdminTag | null> {
  const [row] = await executor.select(columns).from(tags).where(eq(tags.id, id));
  return row ? toAdminTag(row) : null;
}

/** The ids of the stories (working copies) carrying the tag, oldest id first: the order their rows are locked in. */
export async function storyIdsCarrying(executor: Executor, tagId: string): Promise<string[]> {
  const rows = await executor
    .select({ id: articles.id })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(eq(articleTags.tagId, tagId))
    .orderBy(articles.id);
  return rows.map((r) => r.id);
}

/** The tag an editor means by `text`: its exact slug, or its name in any case. */
export async function findTagByNameOrSlug({ text }: { text: string }): Promise<{ id: string; name: string } | null> {
  const term = text.trim();
  if (!term) return null;
  const [row] = await db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(or(eq(tags.slug, term), sql`lower(${tags.name}) = lower(${term})`))
    .orderBy(sql`case when ${tags.slug} = ${term} then 0 else 1 end`)
    .limit(1);
  return row ?? null;
}
