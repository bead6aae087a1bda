// The section page, shared by /sections/<slug> and /sections/<slug>/page/<n>.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/site/listing-view";
import { sectionPath } from "@/lib/articles/dto";
import { getSectionListing } from "@/lib/articles/listing-cache";
import { isValidSlug } from "@/lib/articles/slug";
import { feedAlternates } from "@/lib/feeds/scope";
import { listPagePath } from "@/lib/search/params";

/** The page's data, or null for 404: an unknown section, or a page past the last (the first page always exists). */
async function load(slug: string, page: number | null) {
  if (page === null || !isValidSlug(slug)) return null;
  const listing = await getSectionListing({ slug, page });
  return listing && page <= listing.pageCount ? listing : null;
}

export async function sectionMetadata(slug: string, page: number | null): Promise<Metadata> {
  const listing = await load(slug, page);
  if (!listing) return {};
  const { name, description } = listing.header;
  const path = listPagePath(sectionPath(slug), listing.page);
  return {
    title: listing.page > 1 ? `${name}: page ${listing.page}` : name,
    description: description || `The latest ${name} news from Marquee.`,
    alternates: { canonical: path, types: feedAlternates({ scope: { kind: "section", slug }, name }) },
    openGraph: { type: "website", title: name, description: description || undefined, url: path },
  };
}

export async function SectionListing({ slug, page }: { slug: string; page: number | null }) {
  const listing = await load(slug, page);
  if (!listing) notFound();
  const { header } = listing;
  return (
    <ListingView
      kicker="Section"
      title={header.name}
      description={header.description}
      basePath={sectionPath(slug)}
      items={listing.items}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      showSection={false}
      emptyText={`Nothing has been published in ${header.name} yet. Check back soon.`}
    />
  );
}
