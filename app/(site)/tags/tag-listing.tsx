// The tag (entity) page, shared by /tags/<slug> and /tags/<slug>/page/<n>.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/site/listing-view";
import { tagPath } from "@/lib/articles/dto";
import { getTagListing } from "@/lib/articles/listing-cache";
import { isValidSlug } from "@/lib/articles/slug";
import { feedAlternates } from "@/lib/feeds/scope";
import { listPagePath } from "@/lib/search/params";
import { tagKindLabel } from "@/lib/tags/kinds";

/** The page's data, or null for 404: an unknown tag, or a page past the last (the first page always exists). */
async function load(slug: string, page: number | null) {
  if (page === null || !isValidSlug(slug)) return null;
  const listing = await getTagListing({ slug, page });
  return listing && page <= listing.pageCount ? listing : null;
}

export async function tagMetadata(slug: string, page: number | null): Promise<Metadata> {
  const listing = await load(slug, page);
  if (!listing) return {};
  const { name, description } = listing.header;
  const path = listPagePath(tagPath(slug), listing.page);
  return {
    title: listing.page > 1 ? `${name}: page ${listing.page}` : name,
    description: description || `The latest news about ${name} from Marquee.`,
    alternates: { canonical: path, types: feedAlternates({ scope: { kind: "tag", slug }, name }) },
    openGraph: { type: "website", title: name, description: description || undefined, url: path },
  };
}

export async function TagListing({ slug, page }: { slug: string; page: number | null }) {
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { header } = listing;
  return (
    <ListingView
      kicker={tagKindLabel[header.kind]}
      title={header.name}
      description={header.description}
      basePath={tagPath(slug)}
      items={listing.items}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      emptyText={`No stories about ${header.name} have been published yet. Check back soon.`}
    />
  );
}
