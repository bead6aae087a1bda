// Reads about tags, sections and authors as readers see them: finding one by
// slug, the condition that files a live article under one, how many live
// articles it has, and its sitemap entries. Each kind's SQL is in `sources`;
// what else differs between kinds is in ./kinds.ts. Uncached:
// lib/entities/cached.ts wraps the pages' reads. No "server-only": the
// production server's unknown-page gate (lib/articles/public-paths.ts) uses
// it outside React.
import { and, arrayContains, count, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { liveArticles, sections, tagRedirects, tags, users } from "@/db/schema";
import { tagKindLabel } from "@/lib/tags/kinds";
import { ENTITY_KINDS, type EntityKind, type LiveFilter, type PublicEntity } from "./kinds";

type Source = {
  find: (slug: string) => Promise<PublicEntity | null>;
  /** The live articles filed under the entity with this id. */
  live: (id: string) => SQL;
  /** (key, lastmod, rn): the slug in the URL, the newest change of a live story under it, the 1-based position by slug. */
  sitemap: SQL;
};

const sources: Record<EntityKind, Source> = {
  tag: {
    // Listed tags only: one a contributor created has no public page until a story carrying it is published.
    async find(slug) {
      const [row] = await db
        .select({ id: tags.id, slug: tags.slug, name: tags.name, kind: tags.kind, description: tags.description })
        .from(tags)
        .where(and(eq(tags.slug, slug), isNotNull(tags.listedAt)));
      return row ? { id: row.id, slug: row.slug, name: row.name, description: row.description, kicker: tagKindLabel[row.kind] } : null;
    },
    live: (id) => arrayContains(liveArticles.tagIds, [id]),
    sitemap: sql`select t.slug as key, max(la.updated_at) as lastmod, row_number() over (order by t.slug) as rn
    from live_articles la cross join lateral unnest(la.tag_ids) as u(id) join tags t on t.id = u.id
    where t.listed_at is not null group by t.slug`,
  },
  section: {
    async find(slug) {
      const [row] = await db
        .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
        .from(sections)
        .where(eq(sections.slug, slug));
      return row ? { ...row, kicker: "Section" } : null;
    },
    live: (id) => eq(liveArticles.sectionId, id),
    sitemap: sql`select s.slug as key, max(la.updated_at) as lastmod, row_number() over (order by s.slug) as rn
    from live_articles la join sections s on s.id = la.section_id group by s.slug`,
  },
  author: {
    // Anyone with an author page address, active or not: a former writer's stories keep their byline.
    // Only the name and bio: never a user's email, role or account state.
    async find(slug) {
      const [row] = await db.select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio }).from(users).where(eq(users.slug, slug));
      return row?.slug ? { id: row.id, slug: row.slug, name: row.name, description: row.bio, kicker: "Author" } : null;
    },
    live: (id) => arrayContains(liveArticles.authorIds, [id]),
    sitemap: sql`select us.slug as key, max(la.updated_at) as lastmod, row_number() over (order by us.slug) as rn
    from live_articles la cross join lateral unnest(la.author_ids) as a(id) join users us on us.id = a.id
    where us.slug is not null group by us.slug`,
  },
};

/**
 * The slug that answers now for an old one of the `kind` (a tag whose slug
 * changed, or that was merged into another), when no entity has `slug`
 * itself: its pages and feeds redirect there permanently. Tags only.
 */
export async function findEntityRedirect(kind: EntityKind, slug: string): Promise<{ id: string; slug: string } | null> {
  if (kind !== "tag") return null;
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug })
    .from(tagRedirects)
    .innerJoin(tags, eq(tags.id, tagRedirects.tagId))
    .where(and(eq(tagRedirects.oldSlug, slug), isNotNull(tags.listedAt)));
  return row ?? null;
}

/** The tag, section or author with this slug, or null. */
export function findEntity(kind: EntityKind, slug: string): Promise<PublicEntity | null> {
  return sources[kind].find(slug);
}

/**
 * The entities named by slug in `slugs`, each looked up once; null when any
 * of them does not exist (a list filtered by it is empty).
 */
export async function findEntities(slugs: Partial<Record<EntityKind, string>>): Promise<Partial<Record<EntityKind, PublicEntity>> | null> {
  const found: Partial<Record<EntityKind, PublicEntity>> = {};
  for (const kind of ENTITY_KINDS) {
    const slug = slugs[kind];
    if (slug === undefined) continue;
    const entity = await findEntity(kind, slug);
    if (!entity) return null;
    found[kind] = entity;
  }
  return found;
}

/** The filter of a list of the live articles under every entity in `entities`. */
export function filterOf(entities: Partial<Record<EntityKind, { id: string }>>): LiveFilter {
  const filter: LiveFilter = {};
  for (const kind of ENTITY_KINDS) {
    const entity = entities[kind];
    if (entity) filter[kind] = entity.id;
  }
  return filter;
}

/** The WHERE conditions of a filtered list of live articles. */
export function liveConditions(filter: LiveFilter): SQL[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const id = filter[kind];
    return id ? [sources[kind].live(id)] : [];
  });
}

/** How many live articles the filtered list has. */
export async function countLiveArticles(filter: LiveFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(liveArticles)
    .where(and(...liveConditions(filter)));
  return row?.n ?? 0;
}

/** The rows (key, lastmod, rn) of the kind's sitemaps: see Source.sitemap. */
export const entitySitemapEntries = (kind: EntityKind): SQL => sources[kind].sitemap;
