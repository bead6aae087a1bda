import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { RestoreButton } from "@/components/admin/restore-button";
import { Timestamp } from "@/components/site/timestamp";
import { getArticleForEditor } from "@/lib/articles/editor-queries";
import { getRevisionsToCompare, listRevisions } from "@/lib/articles/revisions";
import { requirePageActor } from "@/lib/auth/session";
import { compareRevisions, type Part } from "@/lib/content/compare";
import { isUuid } from "@/lib/params";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const kindLabel: Record<string, string> = { create: "Created", save: "Saved", autosave: "Autosaved", restore: "Restored", publish: "Published" };

export default function HistoryPage(props: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading history…</p>}>
      <History {...props} />
    </Suspense>
  );
}

function Parts({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.change === "removed" ? (
          <del key={i} className="bg-rose-200 text-rose-950">
            {p.text}
          </del>
        ) : p.change === "added" ? (
          <ins key={i} className="bg-emerald-200 text-emerald-950 no-underline">
            {p.text}
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

async function History({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("dashboard:view", `/admin/articles/${id}/history`);
  if (!isUuid(id)) notFound();
  const article = await getArticleForEditor({ actor, id });
  if (!article) notFound();
  const revisions = await listRevisions({ actor, articleId: id });
  const query = await searchParams;
  const newest = revisions[0]?.number ?? 1;
  const to = Number(query.to) || newest;
  const from = Number(query.from) || revisions[1]?.number || to;
  const pair = await getRevisionsToCompare({ actor, articleId: id, from, to });
  const rows = pair ? compareRevisions(pair.from, pair.to) : [];

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin" className="text-marquee-700 underline underline-offset-2">
          Articles
        </Link>{" "}
        /{" "}
        <Link href={`/admin/articles/${id}`} className="text-marquee-700 underline underline-offset-2">
          {article.fields.title}
        </Link>{" "}
        / <span aria-current="page">History</span>
      </nav>
      <h1 className="text-2xl font-bold">History</h1>
      <table className="w-full rounded border border-zinc-200 bg-white text-left text-sm">
        <caption className="sr-only">Revisions, newest first</caption>
        <thead className="bg-zinc-100 text-xs uppercase tracking-wide">
          <tr>
            <th scope="col" className="px-3 py-2">
              Revision
            </th>
            <th scope="col" className="px-3 py-2">
              What
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Title
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id} className="border-t border-zinc-100">
              <td className="px-3 py-2">#{r.number}</td>
              <td className="px-3 py-2">{kindLabel[r.kind] ?? r.kind}</td>
              <td className="px-3 py-2">{r.author}</td>
              <td className="px-3 py-2">
                <Timestamp iso={r.createdAt} />
              </td>
              <td className="px-3 py-2">{r.title}</td>
              <td className="px-3 py-2">
                {article.canEdit && r.number !== newest ? <RestoreButton id={id} number={r.number} version={article.version} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <div className="flex flex-col gap-1">
          <label htmlFor="from" className="text-sm font-semibold">
            Compare revision
          </label>
          <select id="from" name="from" defaultValue={from} className="rounded border border-zinc-400 px-2 py-1">
            {revisions.map((r) => (
              <option key={r.id} value={r.number}>
                #{r.number}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="to" className="text-sm font-semibold">
            with revision
          </label>
          <select id="to" name="to" defaultValue={to} className="rounded border border-zinc-400 px-2 py-1">
            {revisions.map((r) => (
              <option key={r.id} value={r.number}>
                #{r.number}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-zinc-800 px-3 py-1.5 text-sm font-semibold text-white">
          Compare
        </button>
      </form>
      {pair ? (
        <table className="w-full table-fixed border-collapse bg-white text-sm" aria-label={`Changes from revision ${from} to revision ${to}`}>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-40 border border-zinc-300 p-2">
                Field
              </th>
              <th scope="col" className="border border-zinc-300 p-2">
                Revision #{from}
              </th>
              <th scope="col" className="border border-zinc-300 p-2">
                Revision #{to}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.changed)
              .map((r) => (
                <tr key={r.field} className="align-top">
                  <th scope="row" className="border border-zinc-300 p-2 text-left">
                    {r.field}
                    {r.byParagraph ? (
                      <span className="mt-1 block text-xs font-normal text-zinc-700">
                        Compared by paragraph: too many changes to mark word by word, so changed paragraphs are shown whole.
                      </span>
                    ) : null}
                  </th>
                  <td className="whitespace-pre-wrap border border-zinc-300 p-2">
                    <Parts parts={r.before} />
                  </td>
                  <td className="whitespace-pre-wrap border border-zinc-300 p-2">
                    <Parts parts={r.after} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ) : null}
      {pair && !rows.some((r) => r.changed) ? <p className="text-sm text-zinc-700">These revisions have the same content.</p> : null}
    </div>
  );
}
