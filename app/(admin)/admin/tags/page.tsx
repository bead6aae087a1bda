import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TagControls } from "@/components/admin/tags/tag-controls";
import { Timestamp } from "@/components/site/timestamp";
import { readCursor } from "@/lib/articles/cursor";
import { requirePageActor } from "@/lib/auth/session";
import { listTagsForAdmin } from "@/lib/tags/admin-queries";
import { type TagKind, tagKind, tagKindLabel } from "@/lib/tags/kinds";
import { tagListQuerySchema } from "@/lib/tags/schemas";

export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function TagsPage({ searchParams }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading tags…</p>}>
      <Tags searchParams={searchParams} />
    </Suspense>
  );
}

const control = "rounded border border-zinc-400 px-2 py-1 text-sm";

async function Tags({ searchParams }: Props) {
  await requirePageActor("tag:manage", "/admin/tags");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = tagListQuerySchema.safeParse({ q: first(raw.q), kind: first(raw.kind), cursor: first(raw.cursor) });
  const query = parsed.success ? parsed.data : { q: undefined, kind: undefined, cursor: undefined, limit: 50 };
  const after = (query.cursor && readCursor(query.cursor)) || undefined;
  const { items, nextCursor } = await listTagsForAdmin({ q: query.q, kind: query.kind, after, limit: query.limit });
  const more = nextCursor
    ? `/admin/tags?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.kind ? { kind: query.kind } : {}), cursor: nextCursor })}`
    : null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Tags</h1>
      <form role="search" action="/admin/tags" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="tag-q" className="text-sm font-semibold">
            Search tags
          </label>
          <input id="tag-q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tag-kind" className="text-sm font-semibold">
            Kind
          </label>
          <select id="tag-kind" name="kind" defaultValue={query.kind ?? ""} className={control}>
            <option value="">Any kind</option>
            {tagKind.map((k) => (
              <option key={k} value={k}>
                {tagKindLabel[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
          Search
        </button>
      </form>
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Tags, last changed first</caption>
          <thead className="bg-zinc-100 text-xs uppercase tracking-wide">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Kind
              </th>
              <th scope="col" className="px-3 py-2">
                Stories
              </th>
              <th scope="col" className="px-3 py-2">
                Last used
              </th>
              <th scope="col" className="px-3 py-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id} className="border-t border-zinc-100 align-top">
                <td className="px-3 py-2">
                  <span className="font-medium">{t.name}</span>
                  <span className="block text-xs text-zinc-600">
                    {t.listed ? (
                      <Link href={`/tags/${t.slug}`} className="underline">
                        /tags/{t.slug}
                      </Link>
                    ) : (
                      `/tags/${t.slug} (not public yet)`
                    )}
                  </span>
                </td>
                <td className="px-3 py-2">{tagKindLabel[t.kind as TagKind]}</td>
                <td className="px-3 py-2">{t.storyCount}</td>
                <td className="px-3 py-2">{t.lastUsedAt ? <Timestamp iso={t.lastUsedAt} short /> : "Never"}</td>
                <td className="px-3 py-2">
                  <TagControls tag={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 ? <p className="p-4 text-zinc-600">No tags match.</p> : null}
      </div>
      {more ? (
        <Link href={more} className="self-start underline">
          More tags
        </Link>
      ) : null}
    </div>
  );
}
