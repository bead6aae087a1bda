// What the editorial calendar shows between two instants: scheduled publishes
// and unpublishes of the working copies this person may see, and every story
// that went live (those are public anyway).
import "server-only";
import { and, asc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, liveArticles, sections } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { visibleArticlesTo } from "@/lib/articles/visibility";

export type CalendarItem = {
  id: string;
  title: string;
  /** publish: goes live at `at`; unpublish: comes down at `at`; published: went live at `at`. */
  kind: "publish" | "unpublish" | "published";
  at: string;
  version: number;
  section: { slug: string; name: string } | null;
  slug: string;
};

const MAX_PER_KIND = 500;

export async function listCalendarItems(actor: Actor, start: Date, end: Date): Promise<CalendarItem[]> {
  const visible = visibleArticlesTo(actor);
  const working = {
    id: articles.id,
    title: articles.title,
    version: articles.version,
    slug: articles.slug,
    sectionSlug: sections.slug,
    sectionName: sections.name,
  };
  const [toPublish, toUnpublish, published] = await Promise.all([
    db
      .select({ ...working, at: articles.publishAt })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.status, "scheduled"), gte(articles.publishAt, start), lt(articles.publishAt, end), isNull(articles.deletedAt), visible))
      .orderBy(asc(articles.publishAt))
      .limit(MAX_PER_KIND),
    db
      .select({ ...working, at: articles.unpublishAt })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .where(
        and(
          inArray(articles.status, ["scheduled", "published"]),
          gte(articles.unpublishAt, start),
          lt(articles.unpublishAt, end),
          isNull(articles.deletedAt),
          visible,
        ),
      )
      .orderBy(asc(articles.unpublishAt))
      .limit(MAX_PER_KIND),
    db
      .select({
        id: liveArticles.articleId,
        title: liveArticles.title,
        version: articles.version,
        slug: liveArticles.slug,
        sectionSlug: sections.slug,
        sectionName: sections.name,
        at: liveArticles.publishedAt,
      })
      .from(liveArticles)
      .innerJoin(articles, eq(articles.id, liveArticles.articleId))
      .leftJoin(sections, eq(sections.id, liveArticles.sectionId))
      .where(and(gte(liveArticles.publishedAt, start), lt(liveArticles.publishedAt, end)))
      .orderBy(asc(liveArticles.publishedAt))
      .limit(MAX_PER_KIND),
  ]);
  type Row = (typeof toPublish)[number];
  const item =
    (kind: CalendarItem["kind"]) =>
    (r: Row): CalendarItem => ({
      id: r.id,
      title: r.title,
      kind,
      at: (r.at as Date).toISOString(),
      version: r.version,
      slug: r.slug,
      section: r.sectionSlug && r.sectionName ? { slug: r.sectionSlug, name: r.sectionName } : null,
    });
  return [...toPublish.map(item("publish")), ...toUnpublish.map(item("unpublish")), ...published.map(item("published"))].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
}
