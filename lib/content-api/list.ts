// The content API's list, cached: live articles matching every filter given,
// newest first, keyset-paged by lib/articles/cursor.ts. Tagged with the edge
// keys of each filter's kind (lib/entities/kinds.ts), so a publish refreshes
// exactly the lists it touches (the same tag:, section: and author: tags as
// the public list pages).
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import type { Keyset } from "@/lib/articles/cursor";
import { listLiveArticles, type LiveList } from "@/lib/articles/queries";
import type { ArticleSummary } from "@/lib/articles/dto";
import { cacheTags } from "@/lib/cache/tags";
import { ENTITY_KINDS, entityKinds } from "@/lib/entities/kinds";
import { filterOf, findEntities } from "@/lib/entities/queries";

export type ContentListInput = { tag?: string; section?: string; author?: string; limit: number; after?: Keyset };

/**
 * The cache tags of a content API list, from its filters alone (so the edge
 * and the page cache can key the response by them too): each filter's edge
 * keys (`latest` for an author), or `latest` for the unfiltered list.
 */
export function contentListTags(input: Pick<ContentListInput, "tag" | "section" | "author">): string[] {
  const tags = ENTITY_KINDS.flatMap((kind) => {
    const slug = input[kind];
    return slug ? entityKinds[kind].edgeKeys(slug) : [];
  });
  return tags.length ? tags : [cacheTags.latest];
}

/** The content API's list: live articles matching every filter given, newest first, keyset-paged. Unknown filters match nothing. */
export async function getContentArticles(input: ContentListInput): Promise<LiveList<ArticleSummary>> {
  "use cache";
  cacheLife("content");
  cacheTag(...contentListTags(input));
  const found = await findEntities({ tag: input.tag, section: input.section, author: input.author });
  if (!found) return { items: [], next: null };
  for (const kind of ENTITY_KINDS) {
    const entity = found[kind];
    if (entity) cacheTag(...entityKinds[kind].idTags(entity.id));
  }
  return listLiveArticles({ filter: filterOf(found), limit: input.limit, after: input.after });
}
