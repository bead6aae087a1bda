// The author page, shared by /authors/<slug> and /authors/<slug>/page/<n>:
// name, bio and bylined stories; nothing else about the account.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/site/listing-view";
import { authorPath } from "@/lib/articles/dto";
import { getAuthorListing } from "@/lib/articles/listing-cache";
import { isValidSlug } from "@/lib/articles/slug";
import { feedAlternates } from "@/lib/feeds/scope";
import { listPagePath } from "@/lib/search/params";

/** The page's data, or null for 404: no one with this address, or a page past the last (the first page always exists). */
async function load(slug: string, page: number | null) {
  if (page === null || !isValidSlug(slug)) return null;
  const listing = await getAuthorListing({ slug, page });
  return listing && page <= listing.pageCount ? listing : null;
}

export async function authorMetadata(slug: string, page: number | null): Promise<Metadata> {
  const listing = await load(slug, page);
  if (!listing) return {};
  const { name, bio } = listing.header;
  const path = listPagePath(authorPath(slug), listing.page);
  return {
    title: listing.page > 1 ? `${name}: page ${listing.page}` : name,
    description: bio || `Stories by ${name} on Marquee.`,
    alternates: { canonical: path, types: feedAlternates({ scope: { kind: "author", slug }, name }) },
    openGraph: { type: "profile", title: name, description: bio || undefined, url: path },
  };
}

export async function AuthorListing({ slug, page }: { slug: string; page: number | null }) {
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { header } = listing;
  return (
    <ListingView
      kicker="Author"
      title={header.name}
      description={header.bio}
      basePath={authorPath(slug)}
      items={listing.items}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      emptyText={`${header.name} has no published stories yet.`}
    />
  );
}
