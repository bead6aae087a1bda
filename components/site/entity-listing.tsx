// The page of a tag, section or author: /<tags|sections|authors>/<slug> and
// its /page/<n>. What differs between the three kinds (kicker, descriptions,
// empty text, Open Graph type) comes from lib/entities/kinds.ts; the route
// files under app/(site) export what entityListingRoute gives them.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { isValidSlug } from "@/lib/articles/slug";
import { getEntityListing, getEntityRedirect } from "@/lib/entities/cached";
import { type EntityKind, entityKinds } from "@/lib/entities/kinds";
import { feedAlternates } from "@/lib/feeds/scope";
import { listPagePath, parsePageSegment } from "@/lib/search/params";
import { ListingView } from "./listing-view";

/** The page's data, or null for 404: an unknown slug, or a page past the last (the first page always exists). */
async function load(kind: EntityKind, slug: string, page: number | null) {
  if (page === null || !isValidSlug(slug)) return null;
  const listing = await getEntityListing({ kind, slug, page });
  if (!listing) {
    // An old slug (a tag renamed or merged away) answers with a permanent redirect.
    const to = await getEntityRedirect({ kind, slug });
    if (to) permanentRedirect(listPagePath(entityKinds[kind].path(to), page));
  }
  return listing && page <= listing.pageCount ? listing : null;
}

export async function entityMetadata(kind: EntityKind, slug: string, page: number | null): Promise<Metadata> {
  const listing = await load(kind, slug, page);
  if (!listing) return {};
  const { name, description } = listing.header;
  const { path, page: shown } = entityKinds[kind];
  const url = listPagePath(path(slug), listing.page);
  return {
    title: listing.page > 1 ? `${name}: page ${listing.page}` : name,
    description: description || shown.describe(name),
    alternates: { canonical: url, types: feedAlternates({ scope: { kind, slug }, name }) },
    openGraph: { type: shown.openGraphType, title: name, description: description || undefined, url },
  };
}

export async function EntityListing({ kind, slug, page }: { kind: EntityKind; slug: string; page: number | null }) {
  const listing = await load(kind, slug, page);
  if (!listing) notFound();
  const { header } = listing;
  const { path, page: shown } = entityKinds[kind];
  return (
    <ListingView
      kicker={header.kicker}
      title={header.name}
      description={header.description}
      basePath={path(slug)}
      items={listing.items}
      page={listing.page}
      pageCount={listing.pageCount}
      total={listing.total}
      showSection={shown.showSection}
      emptyText={shown.empty(header.name)}
    />
  );
}

type FirstPageProps = { params: Promise<{ slug: string }> };
type PageNProps = { params: Promise<{ slug: string; n: string }> };

/**
 * The exports of the kind's two page routes: `first` for /<segment>/[slug],
 * `pageN` for /<segment>/[slug]/page/[n]. Real pages render on their first
 * request and are cached from then on (as article pages are): the build
 * lists only a name no entity can have, whose 404 page made-up slugs get
 * (lib/cache/unknown-page-gate.ts).
 */
export function entityListingRoute(kind: EntityKind) {
  return {
    first: {
      generateStaticParams: () => [{ slug: "-" }],
      generateMetadata: async ({ params }: FirstPageProps): Promise<Metadata> => entityMetadata(kind, (await params).slug, 1),
      Page: async ({ params }: FirstPageProps) => <EntityListing kind={kind} slug={(await params).slug} page={1} />,
    },
    pageN: {
      generateStaticParams: () => [{ slug: "-", n: "-" }],
      async generateMetadata({ params }: PageNProps): Promise<Metadata> {
        const { slug, n } = await params;
        return entityMetadata(kind, slug, parsePageSegment(n));
      },
      async Page({ params }: PageNProps) {
        const { slug, n } = await params;
        return <EntityListing kind={kind} slug={slug} page={parsePageSegment(n)} />;
      },
    },
  };
}
