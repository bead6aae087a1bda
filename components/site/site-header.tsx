import Link from "next/link";
import { getSiteSections } from "@/lib/articles/cached";
import { sectionPath } from "@/lib/articles/dto";
import { SearchForm } from "./search-form";

export async function SiteHeader() {
  const sections = await getSiteSections();
  return (
    <header className="border-b border-zinc-200">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-2xl font-black uppercase tracking-tight text-marquee-600">
          Marquee
        </Link>
        <nav aria-label="Sections">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold uppercase tracking-wide">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)} className="text-zinc-700 hover:text-marquee-700">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="site-search" landmark="Site search" label="Search Marquee" compact />
      </div>
    </header>
  );
}
