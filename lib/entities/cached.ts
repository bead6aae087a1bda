// The tag, section and author pages' reads, cached and tagged with the kind's
// cache tags (lib/entities/kinds.ts). A publish touches the tag:, section:
// and author: tags of the article before and after the change
// (tagsForLiveChange in lib/cache/tags.ts), so each list refreshes exactly
// when one of its articles comes, goes or changes; a cache hit costs no query.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { ArticleSummary } from "@/lib/articles/dto";
import { listLiveArticles } from "@/lib/articles/queries";
import { pageCountOf, PER_PAGE } from "@/lib/search/params";
import { type EntityHeader, type EntityKind, entityCacheTags } from "./kinds";
import { countLiveArticles, findEntity, findEntityRedirect } from "./queries";

export type EntityListing = { header: EntityHeader; items: ArticleSummary[]; total: number; page: number; pageCount: number };

/** Page `page` (from 1) of the entity's live stories, PER_PAGE a page, or null when no entity of the kind has this slug. */
export async function getEntityListing({ kind, slug, page }: { kind: EntityKind; slug: string; page: number }): Promise<EntityListing | null> {
  "use cache";
  cacheLife("content");
  const entity = await findEntity(kind, slug);
  cacheTag(...entityCacheTags(kind, slug, entity));
  if (!entity) return null;
  const filter = { [kind]: entity.id };
  const [{ items }, total] = await Promise.all([listLiveArticles({ filter, limit: PER_PAGE, offset: (page - 1) * PER_PAGE }), countLiveArticles(filter)]);
  const { id: _id, ...header } = entity;
  return { header, items, total, page, pageCount: pageCountOf(total) };
}

/**
 * The slug whose pages answer for this old one (a tag renamed or merged
 * away), or null. Tagged with both slugs' cache tags: a new tag taking the
 * old slug, or a change of the new one, refreshes it.
 */
export async function getEntityRedirect({ kind, slug }: { kind: EntityKind; slug: string }): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(...entityCacheTags(kind, slug, null));
  const to = (await findEntity(kind, slug)) ? null : ((await findEntityRedirect(kind, slug))?.slug ?? null);
  if (to) cacheTag(...entityCacheTags(kind, to, null));
  return to;
}
