import Link from "next/link";
import type { MediaListEntry } from "./media-client";
import { pickVariantUrl } from "./thumbnail";
import { storiesLabel } from "./usage-list";

/** One item of the library grid: thumbnail, name, whether alt text and credit are set, and its usage. */
export function MediaTile({ item, href, selected }: { item: MediaListEntry; href: string; selected: boolean }) {
  const missingAlt = !item.alt.trim();
  return (
    <li className={`flex flex-col overflow-hidden rounded border bg-white ${selected ? "border-marquee-600 ring-2 ring-marquee-600" : "border-zinc-200"}`}>
      <Link href={href} scroll={false} aria-current={selected ? "true" : undefined} className="group flex flex-col">
        {/* eslint-disable-next-line @next/next/no-img-element -- a small stored variant, already sized */}
        <img
          src={pickVariantUrl(item, 320)}
          alt=""
          loading="lazy"
          width={item.width}
          height={item.height}
          className="aspect-[4/3] w-full bg-zinc-100 object-cover"
        />
        <span className="truncate px-2 pt-2 text-sm font-semibold group-hover:underline">{item.filename}</span>
      </Link>
      <div className="flex flex-col gap-0.5 px-2 pb-2 text-xs">
        {missingAlt ? <span className="font-semibold text-marquee-700">Alt text missing</span> : <span className="truncate text-zinc-700">{item.alt}</span>}
        {item.credit.trim() ? <span className="truncate text-zinc-600">{item.credit}</span> : <span className="text-marquee-700">No credit</span>}
        {item.usageCount ? (
          <Link href={`${href}#usage`} scroll={false} className="text-marquee-700 underline">
            {storiesLabel(item.usageCount)}
          </Link>
        ) : (
          <span className="text-zinc-600">{storiesLabel(0)}</span>
        )}
      </div>
    </li>
  );
}
