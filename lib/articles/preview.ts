// Previews of the working copy on the public template, for the newsroom
// (session) and for people without an account (expiring, revocable share
// links whose token is stored hashed).
import "server-only";
import { hashToken } from "@/lib/auth/tokens";
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articles, articleTags, previewLinks, sections, tags, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { articlePath, type PublicArticle } from "./dto";
import { getMediaByIds } from "@/lib/media/queries";
import { heroImageOf } from "./queries";
import { findEditableArticle } from "./visibility";

/** The working copy as readers would see it if it were published now. */
export async function getPreviewArticle({ articleId }: { articleId: string }): Promise<PublicArticle | null> {
  // Everything but the body document: the preview shows its rendered HTML.
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      bodyHtml: articles.bodyHtml,
      sectionId: articles.sectionId,
      heroImageUrl: articles.heroImageUrl,
      heroMediaId: articles.heroMediaId,
      heroImageAlt: articles.heroImageAlt,
      heroImageCredit: articles.heroImageCredit,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      correctionNote: articles.correctionNote,
      publishAt: articles.publishAt,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      deletedAt: articles.deletedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!row || row.deletedAt) return null;
  const [section] = row.sectionId ? await db.select({ slug: sections.slug, name: sections.name }).from(sections).where(eq(sections.id, row.sectionId)) : [];
  const tagRows = await db
    .select({ slug: tags.slug, name: tags.name, kind: tags.kind })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position));
  const bylines = await db
    .select({ id: users.id, name: users.name, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  const publishedAt = (row.publishedAt ?? row.publishAt ?? row.updatedAt).toISOString();
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    dek: row.dek,
    url: articlePath(row.slug),
    publishedAt,
    updatedAt: row.publishedAt ? row.updatedAt.toISOString() : publishedAt,
    section: section ? { slug: section.slug, name: section.name } : null,
    heroImage: heroImageOf(row, await getMediaByIds({ ids: row.heroMediaId ? [row.heroMediaId] : [] })),
    tags: tagRows,
    bylines,
    bodyHtml: row.bodyHtml,
    correctionNote: row.correctionNote,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
  };
}

/** Newsroom previews follow the editor: whoever may open the article may preview it. */
export async function canPreview(actor: Actor, articleId: string): Promise<boolean> {
  return (await findEditableArticle(db, actor, articleId)) !== null;
}

export async function createPreviewLink({ actor, articleId, hours }: { actor: Actor; articleId: string; hours: number }) {
  if (!can(actor.role, "preview:share")) throw forbidden("Only editors can share previews.");
  if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 30) throw invalid("Links last from 1 hour to 30 days.", { hours: ["must be 1 to 720"] });
  const token = randomBytes(24).toString("base64url");
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, articleId), isNull(articles.deletedAt)));
    if (!article) throw notFound("Article not found.");
    const expiresAt = new Date(Date.now() + hours * 3_600_000);
    const [link] = await tx
      .insert(previewLinks)
      .values({ articleId, tokenHash: hashToken(token), createdById: actor.id, expiresAt })
      .returning({ id: previewLinks.id });
    await recordAudit(tx, { actorId: actor.id, action: "preview.share", entityType: "article", entityId: articleId, data: { linkId: link.id, hours } });
    return { id: link.id, path: `/preview/share/${token}`, expiresAt: expiresAt.toISOString() };
  });
}

export async function revokePreviewLink({ actor, linkId }: { actor: Actor; linkId: string }) {
  if (!can(actor.role, "preview:share")) throw forbidden("Only editors can revoke previews.");
  await db.transaction(async (tx) => {
    const [link] = await tx
      .update(previewLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(previewLinks.id, linkId), isNull(previewLinks.revokedAt)))
      .returning({ articleId: previewLinks.articleId });
    if (!link) throw notFound("No active link with that id.");
    await recordAudit(tx, { actorId: actor.id, action: "preview.revoke", entityType: "article", entityId: link.articleId, data: { linkId } });
  });
}

export async function listPreviewLinks({ articleId }: { articleId: string }) {
  const rows = await db
    .select({ id: previewLinks.id, createdAt: previewLinks.createdAt, expiresAt: previewLinks.expiresAt, revokedAt: previewLinks.revokedAt, by: users.name })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdById))
    .where(eq(previewLinks.articleId, articleId))
    .orderBy(desc(previewLinks.createdAt));
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    by: r.by ?? "",
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    active: !r.revokedAt && r.expiresAt.getTime() > now,
  }));
}

/** The article a share token opens, or null when unknown, expired or revoked. */
export async function resolvePreviewToken({ token }: { token: string }): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [link] = await db
    .select({ articleId: previewLinks.articleId })
    .from(previewLinks)
    .where(and(eq(previewLinks.tokenHash, hashToken(token)), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, new Date())));
  return link?.articleId ?? null;
}
