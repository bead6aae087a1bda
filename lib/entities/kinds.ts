// Tags, sections and authors are one concept on the public side: an entity
// with a page of its live stories (/tags|sections|authors/<slug>, 20 a
// page), feeds beside that page, a sitemap, and cache tags and edge keys
// that a publish touches. Everything that differs between the three kinds
// is in `entityKinds`; the code around it (lib/entities/queries.ts and
// cached.ts, components/site/entity-listing.tsx, lib/feeds, the edge key
// rules) never switches on the kind.
//
// Pure, with relative imports only: next.config.ts reaches it through
// lib/cache/edge-headers.ts.
import { authorPath, sectionPath, tagPath } from "../articles/dto";
import { cacheTags } from "../cache/tags";

export const ENTITY_KINDS = ["tag", "section", "author"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
/** The first segment of an entity's URLs. */
export type EntitySegment = "tags" | "sections" | "authors";

/** Who or what a page is about, as readers see it: public fields only. */
export type EntityHeader = {
  slug: string;
  name: string;
  /** A tag's or section's description, an author's bio; may be empty. */
  description: string;
  /** The line above the name: the tag's kind ("TV Show"), "Section" or "Author". */
  kicker: string;
};
/** An entity found by slug; the id only ever filters lists and names cache tags. */
export type PublicEntity = EntityHeader & { id: string };

type KindSpec = {
  /** The first segment of its URLs, and the name of its sitemaps (`tags-1.xml`). */
  segment: EntitySegment;
  path: (slug: string) => string;
  /** The cache tags naming the entity by slug: a page or feed about `slug` carries them whether or not it exists yet. */
  slugTags: (slug: string) => string[];
  /** The cache tags naming the entity by id, carried once it is found. */
  idTags: (id: string) => string[];
  /** The edge keys (and content API list tags) of its lists, from the slug alone: every change to the list purges one. */
  edgeKeys: (slug: string) => string[];
  page: {
    /** `<meta name="description">` when the entity has no description. */
    describe: (name: string) => string;
    openGraphType: "website" | "profile";
    empty: (name: string) => string;
    /** Whether each story shows its section (not on a section's own page). */
    showSection: boolean;
  };
  feed: { describe: (name: string) => string };
};

export const entityKinds: Record<EntityKind, KindSpec> = {
  tag: {
    segment: "tags",
    path: tagPath,
    // Also on a miss: the first publish with a new tag brings its page and feeds.
    slugTags: (slug) => [cacheTags.tag(slug)],
    idTags: () => [],
    edgeKeys: (slug) => [cacheTags.tag(slug)],
    page: {
      describe: (name) => `The latest news about ${name} from Marquee.`,
      openGraphType: "website",
      empty: (name) => `No stories about ${name} have been published yet. Check back soon.`,
      showSection: true,
    },
    feed: { describe: (name) => `The latest news about ${name}.` },
  },
  section: {
    segment: "sections",
    path: sectionPath,
    slugTags: (slug) => [cacheTags.section(slug), cacheTags.sections],
    idTags: () => [],
    edgeKeys: (slug) => [cacheTags.section(slug)],
    page: {
      describe: (name) => `The latest ${name} news from Marquee.`,
      openGraphType: "website",
      empty: (name) => `Nothing has been published in ${name} yet. Check back soon.`,
      showSection: false,
    },
    feed: { describe: (name) => `The latest ${name} news.` },
  },
  author: {
    segment: "authors",
    path: authorPath,
    // No cache tag names an author by slug (see entityCacheTags for a miss).
    slugTags: () => [],
    idTags: (id) => [cacheTags.author(id)],
    // Every change to a writer's list touches `latest`; the path names them by slug, their tag by id.
    edgeKeys: () => [cacheTags.latest],
    page: {
      describe: (name) => `Stories by ${name} on Marquee.`,
      openGraphType: "profile",
      empty: (name) => `${name} has no published stories yet.`,
      showSection: true,
    },
    feed: { describe: (name) => `Stories by ${name}.` },
  },
};

/**
 * The cache tags of a page or feed about the `kind` with this slug, found
 * (`entity`) or not. When none names it (an unknown author), `latest`: a
 * new writer's first story is a publish, which always touches it.
 */
export function entityCacheTags(kind: EntityKind, slug: string, entity: { id: string } | null): string[] {
  const { slugTags, idTags } = entityKinds[kind];
  const tags = [...slugTags(slug), ...(entity ? idTags(entity.id) : [])];
  return tags.length ? tags : [cacheTags.latest];
}

/** The kind whose URLs start with `/<segment>/`, if any. */
export const entityKindOfSegment = (segment: string): EntityKind | undefined => ENTITY_KINDS.find((kind) => entityKinds[kind].segment === segment);

/** Which live articles a list shows: the id of each entity they must all be filed under. */
export type LiveFilter = Partial<Record<EntityKind, string>>;
