import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
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
  return <ArticleView article={page.article} related={page.related} />;
}
