// One published article as the rows the status machine would have written:
// the working copy, its publish revision, tags, bylines and the live copy.
import type { RevisionSnapshot } from "@/lib/articles/shape";
import { slugify } from "@/lib/articles/slug";
import { renderHtml, renderPlainText } from "@/lib/content/render";
import type { SectionRow, StaffRow, TagRow } from "./newsroom";
import { type Cast, DEMO_IMAGES, writeStory } from "./newsroom-text";
import { createZipf, type Random, uuidFrom } from "./random";

export const articleColumns = [
  "id",
  "slug",
  "title",
  "dek",
  "body",
  "body_html",
  "section_id",
  "hero_image_url",
  "hero_image_alt",
  "hero_image_credit",
  "seo_title",
  "seo_description",
  "correction_note",
  "status",
  "published_at",
  "created_by_id",
  "version",
  "created_at",
  "updated_at",
] as const;
export const revisionColumns = ["id", "article_id", "number", "kind", "snapshot", "author_id", "created_at"] as const;
export const articleTagColumns = ["article_id", "tag_id", "position"] as const;
export const articleAuthorColumns = ["article_id", "user_id", "position"] as const;
export const liveColumns = [
  "article_id",
  "revision_id",
  "slug",
  "title",
  "dek",
  "body_html",
  "body_text",
  "section_id",
  "tag_ids",
  "author_ids",
  "hero_image_url",
  "hero_image_alt",
  "hero_image_credit",
  "seo_title",
  "seo_description",
  "correction_note",
  "published_at",
  "updated_at",
] as const;

export type Batch = { articles: unknown[][]; revisions: unknown[][]; tags: unknown[][]; authors: unknown[][]; live: unknown[][]; ids: string[] };

const HOUR = 3_600_000;
const SECTION_WEIGHTS = [0.35, 0.3, 0.2, 0.15];

export type Newsroom = { sections: SectionRow[]; staff: StaffRow[]; tags: TagRow[]; total: number; from: number; to: number };

/** Makes batches of articles in publishing order, spread evenly from `from` to `to`. */
export function createArticleFactory(r: Random, room: Newsroom) {
  const drawTag = createZipf(room.tags.length, 1, r);
  const editors = room.staff.filter((s) => s.role !== "contributor");
  const slugCounts = new Map<string, number>();
  const usedSlugs = new Set<string>();
  const span = room.to - room.from;

  const uniqueSlug = (title: string) => {
    // Room for a "-123" suffix within the 80-character slug limit, cut at a word.
    const full = slugify(title);
    const base = full.length <= 72 ? full : full.slice(0, 72).replace(/-[^-]*$/, "");
    let n = slugCounts.get(base) ?? 0;
    let slug = base;
    while (usedSlugs.has(slug)) slug = `${base}-${++n + 1}`;
    slugCounts.set(base, n);
    usedSlugs.add(slug);
    return slug;
  };

  const pickSection = () => {
    let roll = r.next();
    for (let i = 0; i < room.sections.length; i++) if ((roll -= SECTION_WEIGHTS[i] ?? 0) < 0) return room.sections[i];
    return room.sections[room.sections.length - 1];
  };

  function one(index: number, batch: Batch) {
    const id = uuidFrom(r);
    const revisionId = uuidFrom(r);
    const tagCount = r.int(2, 6);
    const tags = new Map<string, TagRow>();
    while (tags.size < tagCount) {
      const tag = room.tags[drawTag()];
      tags.set(tag.id, tag);
    }
    const bylines = new Map<string, StaffRow>();
    const bylineCount = r.chance(0.2) ? 2 : 1;
    while (bylines.size < bylineCount) {
      const person = r.pick(room.staff);
      bylines.set(person.id, person);
    }
    const tagList = [...tags.values()];
    const names = (kind: TagRow["kind"]) => tagList.filter((t) => t.kind === kind).map((t) => t.name);
    const cast: Cast = {
      people: names("person"),
      shows: [...names("show"), ...names("book")],
      films: [...names("film"), ...names("game")],
      networks: names("network"),
      acts: names("music"),
      events: names("event"),
    };
    const story = writeStory(r, cast, r.int(300, 1500));
    const slug = uniqueSlug(story.title);
    const section = pickSection();
    const publishedAt = new Date(room.from + ((index + r.next()) / room.total) * span);
    const createdAt = new Date(publishedAt.getTime() - r.int(1, 72) * HOUR);
    const updatedAt = r.chance(0.05) ? new Date(publishedAt.getTime() + r.int(1, 48) * HOUR) : publishedAt;
    const hero = r.chance(0.4) ? r.pick(DEMO_IMAGES) : null;
    const heroUrl = hero ? `/images/demo/${hero}.svg` : null;
    const heroAlt = hero ? `Illustration for ${story.title}`.slice(0, 300) : "";
    const heroCredit = hero ? "Illustration: Marquee" : "";
    const seoTitle = r.chance(0.1) ? story.title.slice(0, 120) : "";
    const correction = r.chance(0.01) ? "An earlier version of this article misstated a premiere date." : "";
    const bodyHtml = renderHtml(story.body);
    const tagIds = [...tags.keys()];
    const bylineIds = [...bylines.keys()];
    const snapshot: RevisionSnapshot = {
      title: story.title,
      dek: story.dek,
      slug,
      body: story.body,
      sectionId: section.id,
      tagIds,
      bylineIds,
      heroImageUrl: heroUrl,
      heroMediaId: null,
      heroImageAlt: heroAlt,
      heroImageCredit: heroCredit,
      seoTitle,
      seoDescription: "",
      correctionNote: correction,
    };
    batch.ids.push(id);
    batch.articles.push([
      id,
      slug,
      story.title,
      story.dek,
      story.body,
      bodyHtml,
      section.id,
      heroUrl,
      heroAlt,
      heroCredit,
      seoTitle,
      "",
      correction,
      "published",
      publishedAt,
      bylineIds[0],
      2,
      createdAt,
      updatedAt,
    ]);
    batch.revisions.push([revisionId, id, 1, "publish", snapshot, r.pick(editors).id, publishedAt]);
    tagIds.forEach((tagId, position) => batch.tags.push([id, tagId, position]));
    bylineIds.forEach((userId, position) => batch.authors.push([id, userId, position]));
    batch.live.push([
      id,
      revisionId,
      slug,
      story.title,
      story.dek,
      bodyHtml,
      renderPlainText(story.body),
      section.id,
      tagIds,
      bylineIds,
      heroUrl,
      heroAlt,
      heroCredit,
      seoTitle,
      "",
      correction,
      publishedAt,
      updatedAt,
    ]);
  }

  return (start: number, count: number): Batch => {
    const batch: Batch = { articles: [], revisions: [], tags: [], authors: [], live: [], ids: [] };
    for (let i = start; i < start + count; i++) one(i, batch);
    return batch;
  };
}
