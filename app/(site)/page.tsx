import type { Metadata } from "next";
import { ArticleCard } from "@/components/site/article-card";
import { HeroPicture } from "@/components/site/hero-picture";
import Link from "next/link";
import { getHomePage } from "@/lib/articles/cached";
import { tagPath } from "@/lib/articles/dto";
import { feedAlternates } from "@/lib/feeds/scope";
import { type TagKind, tagKindLabel } from "@/lib/tags/kinds";

export const metadata: Metadata = {
  alternates: { canonical: "/", types: feedAlternates() },
};

export default async function HomePage() {
  const { lead, latest, rail, sections } = await getHomePage();
  if (!lead) {
    return (
      <section className="py-24 text-center">
        <h1 className="text-3xl font-bold">Marquee</h1>
        <p className="mt-3 text-zinc-700">No stories have been published yet.</p>
      </section>
    );
  }
  return (
    <div className="flex flex-col gap-12">
      <h1 className="sr-only">Marquee: entertainment news</h1>
      <section aria-labelledby="lead-heading">
        <h2 id="lead-heading" className="sr-only">
          Lead story
        </h2>
        <ArticleCard article={lead} lead />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-4 border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest">
          Latest
        </h2>
        <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {latest.slice(0, 6).map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </div>
      </section>
      {rail ? (
        <section aria-labelledby="rail-heading" className="rounded-lg bg-zinc-950 p-6 text-white">
          <p className="text-xs font-semibold uppercase tracking-widest text-marquee-100">{tagKindLabel[rail.tag.kind as TagKind] ?? "Coverage"} coverage</p>
          <h2 id="rail-heading" className="mt-1 text-2xl font-black">
            <Link href={tagPath(rail.tag.slug)} className="underline decoration-marquee-600 decoration-2 underline-offset-4 hover:decoration-4">
              {rail.tag.name}
            </Link>
          </h2>
          <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            {rail.articles.map((a) => (
              <li key={a.id} className="flex gap-3 border-t border-zinc-700 pt-3 text-sm font-semibold leading-snug">
                {a.heroImage ? (
                  <Link href={a.url} tabIndex={-1} aria-hidden="true" className="w-16 shrink-0">
                    <HeroPicture image={a.heroImage} layout="rail" alt="" className="aspect-square w-16 rounded object-cover" />
                  </Link>
                ) : null}
                <Link href={a.url} className="hover:underline">
                  {a.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {sections.map((s) => (
        <section key={s.slug} id={`section-${s.slug}`} aria-labelledby={`heading-${s.slug}`} className="scroll-mt-4">
          <h2 id={`heading-${s.slug}`} className="mb-4 border-b-2 border-ink pb-1 text-sm font-bold uppercase tracking-widest">
            {s.name}
          </h2>
          <div className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {s.articles.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
