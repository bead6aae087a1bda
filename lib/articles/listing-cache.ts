// Cached reads for the tag, section and author pages and the content API,
// tagged with names from lib/cache/tags.ts. A publish touches the tag:,
// section: and author: tags of the article before and after the change
// (tagsForLiveChange), so each list refreshes exactly when one of its
// articles comes, goes or changes; a cache hit costs no query.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "@/lib/cache/tags";
import type { ListCursor } from "@/lib/search/cursor";
import { pageCountOf, PER_PAGE } from "@/lib/search/params";
import type { TagKind } from "@/lib/tags/kinds";
import type { ArticleSummary } from "./dto";
import { findAuthor, findSection, findTag, type LiveFilter, listLiveAfter, listLivePage } from "./listing-queries";

export type Listing<Header> = { header: Header; items: ArticleSummary[]; total: number; page: number; pageCount: number };
export type TagHeader = { slug: string; name: string; kind: TagKind; description: string };
export type SectionHeader = { slug: string; name: string; description: string };
export type AuthorHeader = { slug: string; name: string; bio: string };

async function pageOf<H>(header: H, filter: LiveFilter, page: number): Promise<Listing<H>> {
  const { items, total } = await listLivePage({ filter, page, perPage: PER_PAGE });
  return { header, items, total, page, pageCount: pageCountOf(total) };
}

/** Page `page` of a tag's coverage, or null when no tag has this slug. */
export async function getTagListing({ slug, page }: { slug: string; page: number }): Promise<Listing<TagHeader> | null> {
  "use cache";
  cacheLife("content");
  // Also on a miss: the first publish with a new tag refreshes its page.
  cacheTag(cacheTags.tag(slug));
  const tag = await findTag({ slug });
  if (!tag) return null;
  return pageOf({ slug: tag.slug, name: tag.name, kind: tag.kind, description: tag.description }, { tagId: tag.id }, page);
}

export async function getSectionListing({ slug, page }: { slug: string; page: number }): Promise<Listing<SectionHeader> | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.section(slug), cacheTags.sections);
  const section = await findSection({ slug });
  if (!section) return null;
  return pageOf({ slug: section.slug, name: section.name, description: section.description }, { sectionId: section.id }, page);
}

export async function getAuthorListing({ slug, page }: { slug: string; page: number }): Promise<Listing<AuthorHeader> | null> {
  "use cache";
  cacheLife("content");
  const author = await findAuthor({ slug });
  if (!author) {
    // No cache tag names an author by slug, so a miss waits for the next publish (a new writer's first story).
    cacheTag(cacheTags.latest);
    return null;
  }
  cacheTag(cacheTags.author(author.id));
  return pageOf({ slug: author.slug, name: author.name, bio: author.bio }, { authorId: author.id }, page);
}

export type ContentListInput = { tag?: string; section?: string; author?: string; limit: number; after?: ListCursor };
const empty = { items: [] as ArticleSummary[], next: null };

/**
 * The cache tags of a content API list, from its filters alone (so the edge
 * and the page cache can key the response by them too): each filter's tag,
 * and `latest` for an author (named by slug here; every change to a writer's
 * list touches `latest`) or for the unfiltered list.
 */
export function contentListTags({ tag, section, author }: Pick<ContentListInput, "tag" | "section" | "author">): string[] {
  const tags: string[] = [];
  if (tag) tags.push(cacheTags.tag(tag));
  if (section) tags.push(cacheTags.section(section));
  if (author || tags.length === 0) tags.push(cacheTags.latest);
  return tags;
}

/** The content API's list: live articles matching every filter given, newest first, keyset-paged. Unknown filters match nothing. */
export async function getContentArticles(input: ContentListInput): Promise<{ items: ArticleSummary[]; next: ListCursor | null }> {
  "use cache";
  cacheLife("content");
  cacheTag(...contentListTags(input));
  const filter: LiveFilter = {};
  if (input.tag) {
    const tag = await findTag({ slug: input.tag });
    if (!tag) return empty;
    filter.tagId = tag.id;
  }
  if (input.section) {
    const section = await findSection({ slug: input.section });
    if (!section) return empty;
    filter.sectionId = section.id;
  }
  if (input.author) {
    const author = await findAuthor({ slug: input.author });
    if (!author) return empty;
    cacheTag(cacheTags.author(author.id));
    filter.authorId = author.id;
  }
  return listLiveAfter({ filter, limit: input.limit, after: input.after });
}
