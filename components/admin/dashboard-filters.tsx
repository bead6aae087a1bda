import Link from "next/link";
import type { DashboardFilter } from "@/lib/articles/dashboard-queries";
import { type Status, statuses } from "@/lib/publishing/status-machine";
import { statusLabel } from "./status-badge";

type Option = { value: string; label: string };
type Props = {
  filter: DashboardFilter;
  counts: Record<Status, number>;
  sections: Option[];
  people: Option[];
  meId: string;
};

export function filterHref(filter: Partial<DashboardFilter>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter))
    if (v !== undefined && v !== "" && !(k === "page" && v === 1) && !(k === "sort" && v === "updated")) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `/admin?${qs}` : "/admin";
}

const control = "rounded border border-zinc-400 bg-white px-2 py-1 text-sm";

export function DashboardFilters({ filter, counts, sections, people, meId }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Articles by status">
        {statuses.map((s) => (
          <li key={s}>
            <Link
              href={filterHref({ status: s })}
              aria-current={filter.status === s ? "page" : undefined}
              className="block rounded border border-zinc-200 bg-white px-3 py-1.5 hover:border-zinc-400 aria-[current=page]:border-ink aria-[current=page]:bg-zinc-100"
            >
              {statusLabel[s]} <strong>{counts[s]}</strong>
            </Link>
          </li>
        ))}
      </ul>
      <nav aria-label="Shortcuts" className="flex flex-wrap gap-4 text-sm font-semibold">
        <Link href={filterHref({ author: meId, status: "draft" })} className="text-marquee-700 hover:underline">
          My drafts
        </Link>
        <Link href={filterHref({ status: "in_review" })} className="text-marquee-700 hover:underline">
          Waiting for review
        </Link>
        <Link href={filterHref({ status: "scheduled", sort: "publish_at" })} className="text-marquee-700 hover:underline">
          Coming up
        </Link>
        <Link href="/admin" className="text-marquee-700 hover:underline">
          All articles
        </Link>
      </nav>
      <form
        method="get"
        action="/admin"
        role="search"
        aria-label="Filter articles"
        className="flex flex-wrap items-end gap-3 rounded border border-zinc-200 bg-white p-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="f-q" className="text-xs font-semibold">
            Title contains
          </label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ""} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-status" className="text-xs font-semibold">
            Status
          </label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ""} className={control}>
            <option value="">Any status</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-section" className="text-xs font-semibold">
            Section
          </label>
          <select id="f-section" name="section" defaultValue={filter.section ?? ""} className={control}>
            <option value="">Any section</option>
            {sections.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-tag" className="text-xs font-semibold">
            Tag
          </label>
          <input id="f-tag" name="tag" defaultValue={filter.tag ?? ""} placeholder="Name or slug" className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-author" className="text-xs font-semibold">
            Byline
          </label>
          <select id="f-author" name="author" defaultValue={filter.author ?? ""} className={control}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="f-sort" className="text-xs font-semibold">
            Sort by
          </label>
          <select id="f-sort" name="sort" defaultValue={filter.sort} className={control}>
            <option value="updated">Last updated</option>
            <option value="title">Title</option>
            <option value="status">Status</option>
            <option value="publish_at">Publish time</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-zinc-800 px-3 py-1.5 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
    </div>
  );
}
