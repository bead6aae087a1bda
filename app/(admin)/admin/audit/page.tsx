import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Timestamp } from "@/components/site/timestamp";
import { AUDIT_PAGE_SIZE, auditFilterSchema, listAuditEvents } from "@/lib/audit/queries";
import { requirePageActor } from "@/lib/auth/session";
import { firstValue } from "@/lib/params";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function AuditPage({ searchParams }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading the audit log…</p>}>
      <AuditLog searchParams={searchParams} />
    </Suspense>
  );
}

const types = [
  { value: "", label: "Everything" },
  { value: "article", label: "Articles" },
  { value: "user", label: "People" },
  { value: "tag", label: "Tags" },
  { value: "token", label: "API tokens" },
];

async function AuditLog({ searchParams }: Props) {
  await requirePageActor("audit:view", "/admin/audit");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, firstValue(v)])));
  const { rows, total } = await listAuditEvents(filter);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (page: number) => `/admin/audit?${new URLSearchParams({ ...(filter.type ? { type: filter.type } : {}), page: String(page) })}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" className="flex items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="type" className="text-sm font-semibold">
            Show
          </label>
          <select id="type" name="type" defaultValue={filter.type ?? ""} className="rounded border border-zinc-400 px-2 py-1 text-sm">
            {types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-zinc-800 px-3 py-1.5 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events, newest first</caption>
          <thead className="bg-zinc-100 text-xs uppercase tracking-wide">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Did
              </th>
              <th scope="col" className="px-3 py-2">
                To
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-zinc-100">
                <td className="whitespace-nowrap px-3 py-2">
                  <Timestamp iso={r.at} />
                </td>
                <td className="px-3 py-2">{r.actor}</td>
                <td className="px-3 py-2">
                  <code className="text-xs">{r.action}</code>
                </td>
                <td className="px-3 py-2">
                  {r.entityType === "article" ? (
                    <Link href={`/admin/articles/${r.entityId}`} className="text-marquee-700 hover:underline">
                      {r.subject}
                    </Link>
                  ) : (
                    r.subject
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex justify-between text-sm">
        <span>
          {total} events · page {filter.page} of {pages}
        </span>
        <span className="flex gap-3">
          {filter.page > 1 ? (
            <Link href={href(filter.page - 1)} className="font-semibold text-marquee-700">
              Previous page
            </Link>
          ) : null}
          {filter.page < pages ? (
            <Link href={href(filter.page + 1)} className="font-semibold text-marquee-700">
              Next page
            </Link>
          ) : null}
        </span>
      </nav>
    </div>
  );
}
