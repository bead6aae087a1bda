import Link from "next/link";
import { ArticleRow, StoryList } from "@/components/site/article-list";
import { Highlighted } from "@/components/site/highlighted";
import { Pagination } from "@/components/site/pagination";
import { SearchForm } from "@/components/site/search-form";
import { getSearchResults } from "@/lib/search/cached";
import { normalizeSearchQuery, parseSearchPage, searchPath } from "@/lib/search/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function SearchResults({ searchParams }: Props) {
  const params = await searchParams;
  const q = normalizeSearchQuery(params.q);
  const page = parseSearchPage(params.page);
  // key: a new query replaces the input, so it shows what was searched for.
  const form = <SearchForm key={q} id="search-q" landmark="Search page" label="Search stories" defaultValue={q} />;
  if (!q) {
    return (
      <>
        {form}
        <p className="text-zinc-700">
          Search every published story by title, summary or text. Put a phrase in “quotes” to find it exactly, or add -word to leave a word out.
        </p>
      </>
    );
  }

  const results = await getSearchResults({ q, page });
  const plural = results.total === 1 ? "result" : "results";
  return (
    <>
      {form}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="mb-6 text-sm font-bold uppercase tracking-widest">
          {results.more
            ? `More than ${results.total.toLocaleString("en-US")} results for “${q}”, newest ${results.total.toLocaleString("en-US")} ranked`
            : results.total
              ? `${results.total} ${plural} for “${q}”`
              : `No results for “${q}”`}
        </h2>
        {results.hits.length ? (
          <StoryList>
            {results.hits.map((hit) => (
              <li key={hit.article.id} className="py-6 first:pt-0">
                <ArticleRow
                  article={hit.article}
                  title={<Highlighted segments={hit.title} />}
                  summary={
                    hit.snippet.length ? (
                      <p className="text-zinc-700" data-testid="search-snippet">
                        <Highlighted segments={hit.snippet} />
                      </p>
                    ) : undefined
                  }
                />
              </li>
            ))}
          </StoryList>
        ) : results.total ? (
          <p className="text-zinc-700">
            There are no more results.{" "}
            <Link href={searchPath(q)} className="font-semibold text-marquee-700 underline underline-offset-2">
              Back to the first page
            </Link>
          </p>
        ) : (
          <p className="text-zinc-700">Try fewer or different words, or check the spelling.</p>
        )}
        {results.hits.length ? (
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(n) => searchPath(q, n)}
            label="Search result pages"
            prevText="← Previous"
            nextText="Next →"
          />
        ) : null}
      </section>
    </>
  );
}
