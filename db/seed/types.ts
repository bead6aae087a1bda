// Shapes of the demo content. The content itself is original writing.
import type { ArticleDocument } from "@/lib/content/document";

export type TagKind = "topic" | "show" | "film" | "person" | "network" | "music" | "event";
export type SectionSlug = "tv" | "film" | "music" | "celebrity";

export type SeedUser = {
  email: string;
  name: string;
  role: "contributor" | "editor" | "admin";
  bio: string;
};

export type SeedTag = { slug: string; name: string; kind: TagKind; description: string };

export type SeedArticle = {
  slug: string;
  title: string;
  dek: string;
  section: SectionSlug;
  /** tag slugs from `tags` */
  tags: string[];
  /** byline emails from `users`, in order */
  bylines: string[];
  status: "published" | "draft" | "in_review" | "scheduled";
  /** published: hours before seeding it went live; scheduled: hours after seeding it goes live */
  hoursFromNow: number;
  hero?: { url: string; alt: string; credit: string };
  seoTitle?: string;
  seoDescription?: string;
  correctionNote?: string;
  body: ArticleDocument;
};
