import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getArticlePage } from "@/lib/articles/cached";
import { articlePath } from "@/lib/articles/dto";
import { isValidSlug } from "@/lib/articles/slug";
import { feedAlternates } from "@/lib/feeds/scope";
import { getEnv } from "@/lib/env";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ slug: string }> };

// Real articles are rendered on their first request and cached from then on:
// build-time HTML of a listed article was seen served once after an
// unpublish, so the build lists only a name no article can have. Its 404 page
// is also what every made-up slug gets (lib/cache/unknown-page-gate.ts), from
// that one cache entry.
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
  const description = article.seoDescription || article.dek || undefined;
  return {
    title: article.seoTitle || article.title,
    description,
    alternates: { canonical: article.url, types: feedAlternates() },
    openGraph: {
      type: "article",
      url: article.url,
      siteName: "Marquee",
      title: article.seoTitle || article.title,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section?.name,
      tags: article.tags.map((t) => t.name),
      authors: article.bylines.map((b) => b.name),
    },
    // Images come from opengraph-image.tsx beside this page: share cards need a raster image.
    twitter: { card: "summary_large_image", title: article.seoTitle || article.title, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  if ("redirectTo" in page) permanentRedirect(articlePath(page.redirectTo));
  const siteUrl = getEnv().SITE_URL;
  const structured = [newsArticleJsonLd(page.article, siteUrl), breadcrumbJsonLd(page.article, siteUrl)];
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(structured) }} />
      <ArticleView article={page.article} related={page.related} />
    </>
  );
}
