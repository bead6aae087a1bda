import Link from "next/link";
import { type ArticleSummary, type PublicArticle, sectionPath, tagPath } from "@/lib/articles/dto";
import { ArticleCard } from "./article-card";
import { Bylines } from "./bylines";
import { HeroPicture } from "./hero-picture";
import { Timestamp } from "./timestamp";

/** The public article template; previews render through it too. */
export function ArticleView({ article, related }: { article: PublicArticle; related: ArticleSummary[] }) {
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <article className="mx-auto max-w-3xl">
      <header className="flex flex-col gap-4">
        {article.section ? (
          <p className="text-sm font-semibold uppercase tracking-widest">
            <Link href={sectionPath(article.section.slug)} className="text-marquee-700 hover:underline">
              {article.section.name}
            </Link>
          </p>
        ) : null}
        <h1 className="text-4xl font-black leading-tight tracking-tight md:text-5xl">{article.title}</h1>
        {article.dek ? <p className="text-xl text-zinc-700">{article.dek}</p> : null}
        <p className="flex flex-wrap gap-x-3 text-sm text-zinc-600">
          <Bylines bylines={article.bylines} />
          <span>
            Published <Timestamp iso={article.publishedAt} />
          </span>
          {updated ? (
            <span>
              Updated <Timestamp iso={article.updatedAt} />
            </span>
          ) : null}
        </p>
      </header>
      {article.heroImage ? (
        <figure className="my-8">
          <HeroPicture image={article.heroImage} layout="hero" alt={article.heroImage.alt} priority className="aspect-video w-full rounded object-cover" />
          {article.heroImage.credit ? <figcaption className="mt-2 text-sm text-zinc-600">{article.heroImage.credit}</figcaption> : null}
        </figure>
      ) : null}
      {/* Rendered from the validated document by lib/content/render.ts, which escapes every value. */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.correctionNote ? (
        <aside className="mt-10 rounded border border-amber-300 bg-amber-50 p-4 text-sm" aria-label="Correction">
          <strong>Correction:</strong> {article.correctionNote}
        </aside>
      ) : null}
      {article.tags.length ? (
        <ul className="mt-10 flex flex-wrap gap-2" aria-label="Tags">
          {article.tags.map((t) => (
            <li key={t.slug}>
              <Link href={tagPath(t.slug)} className="block rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800 hover:bg-zinc-200 hover:text-ink">
                {t.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {related.length ? (
        <section className="mt-16 border-t border-zinc-200 pt-8" aria-labelledby="related-heading">
          <h2 id="related-heading" className="mb-6 text-sm font-bold uppercase tracking-widest">
            Related coverage
          </h2>
          <div className="grid gap-8 sm:grid-cols-2">
            {related.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ) : null}
      <p className="mt-12">
        <Link href="/" className="text-sm font-semibold text-marquee-700 hover:underline">
          ← Back to the front page
        </Link>
      </p>
    </article>
  );
}
