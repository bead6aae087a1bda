import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { Bylines } from "@/components/site/bylines";
import { Timestamp } from "@/components/site/timestamp";
import { getArticlePage } from "@/lib/articles/cached";
import { articlePath } from "@/lib/articles/dto";
import { isValidSlug } from "@/lib/articles/slug";

type Props = { params: Promise<{ slug: string }> };

// Real articles are rendered on their first request and cached from then on:
// build-time HTML of a listed article was seen served once after an
// unpublish (DESIGN.md), so the build lists only a name no article can have.
const BUILD_PLACEHOLDER = "-";

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

async function load(slug: string) {
  return isValidSlug(slug) ? getArticlePage(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page || "redirectTo" in page) return {};
  const { article } = page;
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.dek,
    alternates: { canonical: article.url },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.dek,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      images: article.heroImage ? [{ url: article.heroImage.url, alt: article.heroImage.alt }] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  if ("redirectTo" in page) permanentRedirect(articlePath(page.redirectTo));
  const { article, related } = page;
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <article className="mx-auto max-w-3xl">
      <header className="flex flex-col gap-4">
        {article.section ? (
          <p className="text-sm font-semibold uppercase tracking-widest text-marquee-700">{article.section.name}</p>
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
          <Image
            src={article.heroImage.url}
            alt={article.heroImage.alt}
            width={1600}
            height={900}
            priority
            sizes="(min-width: 768px) 768px, 100vw"
            className="aspect-video w-full rounded object-cover"
          />
          {article.heroImage.credit ? (
            <figcaption className="mt-2 text-sm text-zinc-600">{article.heroImage.credit}</figcaption>
          ) : null}
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
            <li key={t.slug} className="rounded-full bg-zinc-100 px-3 py-1 text-sm text-zinc-800">
              {t.name}
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
