// schema.org JSON-LD for articles, and the escaping that keeps it inert
// inside a <script> element whatever editors type.
import type { PublicArticle } from "@/lib/articles/dto";
import { authorPath, sectionPath } from "@/lib/articles/dto";

type Thing = Record<string, unknown>;

export function newsArticleJsonLd(article: PublicArticle, siteUrl: string): Thing {
  const url = `${siteUrl}${article.url}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.slice(0, 110),
    description: article.seoDescription || article.dek || undefined,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    image: imageOf(article.heroImage, siteUrl),
    articleSection: article.section?.name,
    keywords: article.tags.map((t) => t.name).join(", ") || undefined,
    author: article.bylines.map((b) => ({
      "@type": "Person",
      name: b.name,
      ...(b.slug ? { url: `${siteUrl}${authorPath(b.slug)}` } : {}),
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: "Marquee",
      url: siteUrl,
      logo: { "@type": "ImageObject", url: `${siteUrl}/icon` },
    },
  };
}

/**
 * The hero for search engines: a library item as an ImageObject with its size
 * (the still variant readers' pages fall back to, or the original while
 * variants are made), any other picture by its address.
 */
function imageOf(hero: PublicArticle["heroImage"], siteUrl: string): (string | Thing)[] | undefined {
  if (!hero) return undefined;
  const url = new URL(hero.url, siteUrl).href;
  if (!hero.media) return [url];
  const { width, height } = hero.media.fallback;
  return [{ "@type": "ImageObject", url, width, height, ...(hero.credit ? { creditText: hero.credit } : {}) }];
}

export function breadcrumbJsonLd(article: PublicArticle, siteUrl: string): Thing {
  const items = [
    { name: "Marquee", item: `${siteUrl}/` },
    ...(article.section ? [{ name: article.section.name, item: `${siteUrl}${sectionPath(article.section.slug)}` }] : []),
    { name: article.title, item: `${siteUrl}${article.url}` },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((it, i) => ({ "@type": "ListItem", position: i + 1, ...it })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
