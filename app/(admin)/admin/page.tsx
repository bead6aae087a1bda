import { Suspense } from "react";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { StatusBadge, statusLabel } from "@/components/admin/status-badge";
import { Timestamp } from "@/components/site/timestamp";
import { countDashboardArticles, listDashboardArticles } from "@/lib/articles/dashboard-queries";
import { requirePageActor } from "@/lib/auth/session";
import { statuses } from "@/lib/publishing/status-machine";

export default function DashboardPage() {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading articles…</p>}>
      <ArticleList />
    </Suspense>
  );
}

async function ArticleList() {
  const actor = await requirePageActor("dashboard:view", "/admin");
  const [rows, counts] = await Promise.all([listDashboardArticles({ actor }), countDashboardArticles({ actor })]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <div className="flex items-center gap-3 text-sm">
          <span>
            Signed in as <strong>{actor.name}</strong> ({actor.role})
          </span>
          <span className="rounded bg-ink px-1 text-white">
            <SignOutButton />
          </span>
        </div>
      </div>
      <ul className="flex flex-wrap gap-3 text-sm" aria-label="Articles by status">
        {statuses.map((s) => (
          <li key={s} className="rounded border border-zinc-200 bg-white px-3 py-2">
            {statusLabel[s]} <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Articles, most recently updated first</caption>
          <thead className="border-b border-zinc-200 bg-zinc-100 text-xs uppercase tracking-wide text-zinc-700">
            <tr>
              <th scope="col" className="px-4 py-2">Title</th>
              <th scope="col" className="px-4 py-2">Status</th>
              <th scope="col" className="px-4 py-2">Section</th>
              <th scope="col" className="px-4 py-2">Bylines</th>
              <th scope="col" className="px-4 py-2">Updated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-4 py-2 font-medium">{r.title}</td>
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
                <td className="px-4 py-2 whitespace-nowrap">
                  <Timestamp iso={r.updatedAt} short />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-4 text-zinc-600">No articles yet.</p> : null}
      </div>
    </div>
  );
}
