import Link from "next/link";

/** Newer / older links for a paged list, with rel="prev" / rel="next". */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label = "Pages",
  prevText = "← Newer",
  nextText = "Older →",
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
  prevText?: string;
  nextText?: string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const link = "rounded border border-zinc-300 px-4 py-2 text-sm font-semibold text-ink hover:border-ink";
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-between gap-4 border-t border-zinc-200 pt-6">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={link}>
          {prevText}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-zinc-600">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {nextText}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
