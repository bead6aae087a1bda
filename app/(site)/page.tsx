import type { Metadata } from "next";
import { ArticleCard } from "@/components/site/article-card";
import { getHomePage } from "@/lib/articles/cached";

export const metadata: Metadata = {
  alternates: { canonical: "/", types: { "application/rss+xml": "/feed.xml" } },
};

export default async function HomePage() {
  const { lead, latest, sections } = await getHomePage();
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
