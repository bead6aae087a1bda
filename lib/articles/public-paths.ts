// Which public entity paths can exist: /articles/<slug> (and its share
// image), /tags|sections|authors/<slug>, their /page/<n> and their feeds.
// The production server asks this before Next renders such a path
// (lib/cache/unknown-page-gate.ts), so a slug nobody published never gets a
// render, and so never a cache entry. No "server-only": the server imports it
// outside React.
import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { db } from "@/db/client";
import { liveArticles, slugRedirects } from "@/db/schema";
import { ENTITY_KINDS, type EntityKind, entityKinds } from "@/lib/entities/kinds";
import { countLiveArticles, findEntityRedirect, findEntity as findListedEntity } from "@/lib/entities/queries";
import { pageCountOf, parsePageSegment } from "@/lib/search/params";
import { isValidSlug } from "./slug";

export type PathKind = "article" | EntityKind;

export type PublicPath = {
  kind: PathKind;
  slug: string;
  /** For /page/<n>: n (null when the segment is not a page number there can be). */
  page?: number | null;
  /** The same path for the build's placeholder ("-"), which no entity has: Next answers it with this kind's 404 page from one cache entry. */
  placeholder: string;
};

const SEGMENTS: Record<string, PathKind> = Object.fromEntries([["articles", "article"], ...ENTITY_KINDS.map((kind) => [entityKinds[kind].segment, kind])]);
const ENTITY_PATH = new RegExp(`^/(${Object.keys(SEGMENTS).join("|")})/([^/]+)(/.*)?$`);
const FEED = /^\/feed\.(xml|atom|json)$/;
const PAGE = /^\/page\/([^/]+)$/;
const SHARE_IMAGE = /^\/opengraph-image[^/]*$/;

/** The entity a path names, or null for paths this does not judge (Next answers those: unmatched ones get its one static 404). */
export function parsePublicPath(pathname: string): PublicPath | null {
  const match = ENTITY_PATH.exec(pathname);
  if (!match) return null;
  const [, segment, rawSlug, rest = ""] = match;
  const kind = SEGMENTS[segment];
  let slug: string;
  try {
    slug = decodeURIComponent(rawSlug);
  } catch {
    slug = rawSlug;
  }
  if (rest === "") return { kind, slug, placeholder: `/${segment}/-` };
  if (kind === "article") return SHARE_IMAGE.test(rest) ? { kind, slug, placeholder: `/${segment}/-${rest}` } : null;
  if (FEED.test(rest)) return { kind, slug, placeholder: `/${segment}/-${rest}` };
  const page = PAGE.exec(rest);
  if (page) return { kind, slug, page: parsePageSegment(page[1]), placeholder: `/${segment}/-/page/-` };
  return null;
}

type Known = { id: string; total?: { n: number; at: number } };

/** Entities found recently. Only those that exist enter it, so made-up slugs never grow it. */
const known = new LRUCache<string, Known>({ max: 10_000, ttl: 5 * 60_000 });
/** How long a list's size is trusted for page numbers within it; a larger page number is always checked again. */
const TOTAL_TTL_MS = 60_000;

/**
 * Whether the path's page can exist: a live article or a listed tag (or an
 * old slug that redirects to one), a section, an author, and for /page/<n>
 * a page within the list. False for anything else, including slugs that
 * are not slugs at all.
 */
export async function publicPathExists(path: PublicPath, now = Date.now()): Promise<boolean> {
  if (!isValidSlug(path.slug) || path.page === null) return false;
  const key = `${path.kind}:${path.slug}`;
  let entity = known.get(key);
  if (!entity) {
    const id = await findEntity(path.kind, path.slug);
    if (!id) return false;
    entity = { id };
    known.set(key, entity);
  }
  if (path.page === undefined || path.kind === "article") return true;
  const fresh = entity.total && now - entity.total.at < TOTAL_TTL_MS ? entity.total.n : null;
  if (fresh !== null && path.page <= pageCountOf(fresh)) return true;
  entity.total = { n: await countLive(path.kind, entity.id), at: now };
  return path.page <= pageCountOf(entity.total.n);
}

/** Forgets what was found (tests; an instance never needs it). */
export function forgetKnownPaths(): void {
  known.clear();
}

async function findEntity(kind: PathKind, slug: string): Promise<string | null> {
  // An old tag slug exists as a redirect, to the pages of the tag that answers for it now.
  if (kind !== "article") return (await findListedEntity(kind, slug))?.id ?? (await findEntityRedirect(kind, slug))?.id ?? null;
  const rows = await db.execute<{ id: string }>(sql`
    select ${liveArticles.articleId} as id from ${liveArticles} where ${liveArticles.slug} = ${slug}
    union all
    select ${slugRedirects.articleId} from ${slugRedirects}
      join ${liveArticles} on ${liveArticles.articleId} = ${slugRedirects.articleId}
      where ${slugRedirects.oldSlug} = ${slug}
    limit 1`);
  return rows[0]?.id ?? null;
}

const countLive = (kind: EntityKind, id: string) => countLiveArticles({ [kind]: id });
