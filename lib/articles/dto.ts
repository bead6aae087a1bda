// Plain shapes the public site and APIs receive. Dates are ISO strings so
// they cross the cache and the network unchanged. Fields shown as an editor
// saved them keep their types from lib/articles/shape.ts.
import type { HeroMedia } from "@/lib/media/hero-image";
import type { ArticleColumns } from "./shape";

export type TagRef = { slug: string; name: string; kind: string };
export type BylineRef = { id: string; name: string; slug: string | null };
export type SectionRef = { slug: string; name: string };

export type ArticleSummary = Pick<ArticleColumns, "slug" | "title" | "dek"> & {
  id: string;
  url: string;
  publishedAt: string;
  updatedAt: string;
  section: SectionRef | null;
  /** `media` when the hero is a library item: its size, focal point and variants (url is then its default still variant). */
  heroImage: { url: string; alt: string; credit: string; media?: HeroMedia } | null;
  tags: TagRef[];
  bylines: BylineRef[];
};

export type PublicArticle = ArticleSummary &
  Pick<ArticleColumns, "correctionNote" | "seoTitle" | "seoDescription"> & {
    bodyHtml: string;
  };

export const articlePath = (slug: string) => `/articles/${slug}`;
export const tagPath = (slug: string) => `/tags/${slug}`;
export const sectionPath = (slug: string) => `/sections/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
