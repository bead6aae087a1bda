import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/dto";
import { listPagePath } from "@/lib/search/params";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/** The page of a tag, section or author: who or what it is about, then their stories, 20 a page. */
export function ListingView({
  kicker,
  title,
  description,
  basePath,
  items,
  page,
  pageCount,
  total,
  emptyText,
  showSection = true,
}: {
  /** What kind of page this is, e.g. "TV Show" or "Section". */
  kicker: string;
  title: string;
  description?: string;
  basePath: string;
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
  emptyText: string;
  showSection?: boolean;
}) {
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <header className="flex flex-col gap-3 border-b-2 border-ink pb-6">
        <p className="text-sm font-semibold uppercase tracking-widest text-marquee-700">{kicker}</p>
        <h1 className="text-4xl font-black leading-tight tracking-tight md:text-5xl">{title}</h1>
        {description ? <p className="max-w-2xl text-lg text-zinc-700">{description}</p> : null}
      </header>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="mb-6 text-sm font-bold uppercase tracking-widest">
          {page > 1 ? `Stories, page ${page}` : "Latest stories"}
          {total ? <span className="ml-2 font-normal normal-case tracking-normal text-zinc-600">({total})</span> : null}
        </h2>
        {items.length ? (
          <ArticleList items={items} showSection={showSection} />
        ) : (
          <div className="rounded border border-dashed border-zinc-300 px-6 py-12 text-center">
            <p className="text-lg text-zinc-700">{emptyText}</p>
            <p className="mt-4">
              <Link href="/" className="font-semibold text-marquee-700 hover:underline">
                Read the latest from the front page
              </Link>
            </p>
          </div>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(n) => listPagePath(basePath, n)} label={`${title}: more pages`} />
      </section>
    </div>
  );
}
