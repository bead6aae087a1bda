import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchForm } from "@/components/site/search-form";
import { feedAlternates } from "@/lib/feeds/scope";
import { SearchResults } from "./search-results";

export const metadata: Metadata = {
  title: "Search",
  description: "Search Marquee's TV, film, music and celebrity news.",
  alternates: { canonical: "/search", types: feedAlternates() },
  // Result pages are endless variations of the site; keep them out of search engines, follow their links.
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The shell is prerendered; the results depend on the query string, so they
// stream in under Suspense, read through a cache keyed by (q, page). The
// fallback is a working form too (it is all a visitor without JavaScript
// gets), with its own id and label: the streamed form arrives in the same HTML
// document (in a hidden div) before it replaces the fallback, so sharing the
// id would make the document invalid, and sharing the label would give two
// controls the one name while the results load.
export default function SearchPage({ searchParams }: Props) {
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <h1 className="border-b-2 border-ink pb-6 text-4xl font-black tracking-tight md:text-5xl">Search</h1>
      <Suspense fallback={<SearchForm id="search-q-pending" landmark="Search page" label="Find stories" />}>
        <SearchResults searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
