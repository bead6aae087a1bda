// Revision history: list, compare two, restore one (as a new revision).
import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articleRevisions, sections, tags, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { mayChangeBylines } from "@/lib/auth/permissions";
import type { ComparableRevision } from "@/lib/content/compare";
import { notFound } from "@/lib/errors";
import { usableImageUrl } from "./image-url";
import { columnFieldsOf, type RevisionSnapshot } from "./shape";
import { withoutMissingMedia } from "./media-refs";
import { saveArticle } from "./update";
import { findEditableArticle } from "./visibility";

export type RevisionListItem = { id: string; number: number; kind: string; author: string; createdAt: string; title: string };

async function visibleArticle(actor: Actor, articleId: string): Promise<void> {
  if (!(await findEditableArticle(db, actor, articleId))) throw notFound("Article not found.");
}

/** The history list: who saved what and when, and the title then. Reads one field of each snapshot, never the snapshot itself. */
export async function listRevisions({ actor, articleId }: { actor: Actor; articleId: string }): Promise<RevisionListItem[]> {
  await visibleArticle(actor, articleId);
  const rows = await db
    .select({
      id: articleRevisions.id,
      number: articleRevisions.number,
      kind: articleRevisions.kind,
      author: users.name,
      createdAt: articleRevisions.createdAt,
      title: sql<string>`coalesce(${articleRevisions.snapshot}->>'title', '')`,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.number));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    kind: r.kind,
    author: r.author ?? "The scheduler",
    createdAt: r.createdAt.toISOString(),
    title: r.title,
  }));
}

async function toComparable(snapshot: RevisionSnapshot): Promise<ComparableRevision> {
  const [section] = snapshot.sectionId ? await db.select({ name: sections.name }).from(sections).where(eq(sections.id, snapshot.sectionId)) : [];
  const tagRows = snapshot.tagIds.length ? await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, snapshot.tagIds)) : [];
  const people = snapshot.bylineIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, snapshot.bylineIds)) : [];
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id);
  return {
    ...columnFieldsOf(snapshot),
    sectionId: section?.name ?? "",
    tagIds: snapshot.tagIds.map((id) => byId(tagRows, id)?.name ?? "(deleted tag)").join(", "),
    bylineIds: snapshot.bylineIds.map((id) => byId(people, id)?.name ?? "(former staff)").join(", "),
    heroImageUrl: snapshot.heroImageUrl ?? "",
    heroMediaId: snapshot.heroMediaId ?? "",
  };
}

export async function getRevisionsToCompare({
  actor,
  articleId,
  from,
  to,
}: {
  actor: Actor;
  articleId: string;
  from: number;
  to: number;
}): Promise<{ from: ComparableRevision; to: ComparableRevision } | null> {
  await visibleArticle(actor, articleId);
  const rows = await db
    .select({ number: articleRevisions.number, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.number, [from, to])));
  const a = rows.find((r) => r.number === from);
  const b = rows.find((r) => r.number === to);
  if (!a || !b) return null;
  return { from: await toComparable(a.snapshot), to: await toComparable(b.snapshot) };
}

/** Makes revision `number` the working copy again, as a new "restore" revision. */
export async function restoreRevision({ actor, articleId, number, version }: { actor: Actor; articleId: string; number: number; version: number }) {
  await visibleArticle(actor, articleId);
  const [revision] = await db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)));
  if (!revision) throw notFound("Revision not found.");
  const { tagIds, bylineIds, heroImageUrl, ...rest } = revision.snapshot;
  const existingTags = tagIds.length ? (await db.select({ id: tags.id }).from(tags).where(inArray(tags.id, tagIds))).map((t) => t.id) : [];
  // Images deleted from the library since are left out; a revision from before the library had no library hero.
  const withMedia = await withoutMissingMedia(db, { ...rest, heroMediaId: rest.heroMediaId ?? null });
  return saveArticle({
    actor,
    articleId,
    version,
    kind: "restore",
    fields: {
      ...withMedia,
      // An address stored before image addresses were checked is dropped rather than refusing the restore.
      heroImageUrl: usableImageUrl(heroImageUrl) ?? "",
      tagIds: tagIds.filter((id) => existingTags.includes(id)),
      ...(mayChangeBylines(actor) ? { bylineIds } : {}),
    },
  });
}
