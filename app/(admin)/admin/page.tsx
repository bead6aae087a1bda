import Link from "next/link";
import { Suspense } from "react";
import { DashboardFilters, filterHref } from "@/components/admin/dashboard-filters";
import { OverdueBanner } from "@/components/admin/overdue-banner";
import { NewArticleButton } from "@/components/admin/new-article-button";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { StatusBadge } from "@/components/admin/status-badge";
import { Timestamp } from "@/components/site/timestamp";
import { countDashboardArticles, dashboardFilterSchema, listDashboardArticles, PAGE_SIZE } from "@/lib/articles/dashboard-queries";
import { requirePageActor } from "@/lib/auth/session";
import { listSectionOptions } from "@/lib/tags/queries";
import { listBylineCandidates } from "@/lib/users/queries";
import { firstValue } from "@/lib/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function DashboardPage({ searchParams }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading articles…</p>}>
      <ArticleList searchParams={searchParams} />
    </Suspense>
  );
}

async function ArticleList({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard:view", "/admin");
  const raw = await searchParams;
  const filter = dashboardFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, firstValue(v)])));
  const [{ rows, total }, counts, sections, people] = await Promise.all([
    listDashboardArticles({ actor, filter }),
    countDashboardArticles({ actor }),
    listSectionOptions(),
    listBylineCandidates(),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-4">
          <h1 className="text-2xl font-bold">Articles</h1>
          <NewArticleButton />
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span>
            Signed in as <strong>{actor.name}</strong> ({actor.role})
          </span>
          <SignOutButton />
        </div>
      </div>
      <OverdueBanner actor={actor} />
      <DashboardFilters
        filter={filter}
        counts={counts}
        meId={actor.id}
        sections={sections.map((s) => ({ value: s.slug, label: s.name }))}
        people={people.map((p) => ({ value: p.id, label: p.name }))}
      />
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Articles</caption>
          <thead className="border-b border-zinc-200 bg-zinc-100 text-xs uppercase tracking-wide text-zinc-700">
            <tr>
              <th scope="col" className="px-4 py-2">
                Title
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
              <th scope="col" className="px-4 py-2">
                Section
              </th>
              <th scope="col" className="px-4 py-2">
                Bylines
              </th>
              <th scope="col" className="px-4 py-2">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-4 py-2 font-medium">
                  <Link href={`/admin/articles/${r.id}`} className="hover:text-marquee-700 hover:underline">
                    {r.title}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <StatusBadge status={r.status} />
                  {r.publishAt ? (
                    <span className="ml-2 text-xs text-zinc-600">
                      <Timestamp iso={r.publishAt} />
                    </span>
                  ) : null}
                </td>
                <td className="px-4 py-2">{r.section ?? "—"}</td>
                <td className="px-4 py-2">{r.bylines.join(", ")}</td>
                <td className="whitespace-nowrap px-4 py-2">
                  <Timestamp iso={r.updatedAt} short />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-4 text-zinc-600">No articles match.</p> : null}
      </div>
      <nav aria-label="Pages" className="flex items-center justify-between text-sm">
        <span>
          {total} article{total === 1 ? "" : "s"} · page {Math.min(filter.page, pages)} of {pages}
        </span>
        <span className="flex gap-3">
          {filter.page > 1 ? (
            <Link href={filterHref({ ...filter, page: filter.page - 1 })} className="font-semibold text-marquee-700 hover:underline">
              Previous page
            </Link>
          ) : null}
          {filter.page < pages ? (
            <Link href={filterHref({ ...filter, page: filter.page + 1 })} className="font-semibold text-marquee-700 hover:underline">
              Next page
            </Link>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
