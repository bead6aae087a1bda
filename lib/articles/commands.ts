// Writes to articles' working copies. Each is one transaction that also
// records a revision and an audit event.
import "server-only";
import { db, type Executor } from "@/db/client";
import { articleRevisions, articles } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can, initialBylines } from "@/lib/auth/permissions";
import { renderHtml } from "@/lib/content/render";
import { libraryImagesFor } from "@/lib/media/body-images";
import { fieldErrors, forbidden, invalid } from "@/lib/errors";
import { articleFieldsSchema, type ArticleFieldsInput, columnFieldsOf } from "./shape";
import { checkMediaRefs } from "./media-refs";
import { assertDailyQuota } from "./quotas";
import { slugify } from "./slug";
import { claimFreeSlug, readSnapshot, replaceTagsAndBylines } from "./working-copy";

export type CreatedArticle = { id: string; slug: string; version: number };

export async function createArticle(
  { actor, fields, now = new Date() }: { actor: Actor; fields: ArticleFieldsInput; now?: Date },
  executor: Executor = db,
): Promise<CreatedArticle> {
  if (!can(actor.role, "article:create")) throw forbidden();
  const parsed = articleFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw invalid("The article has invalid fields.", fieldErrors(parsed.error.issues));
  }
  const input = parsed.data;
  const bylineIds = initialBylines(actor, input.bylineIds);
  const base = input.slug ?? slugify(input.title);
  if (!base) throw invalid("The title needs at least one letter or digit.", { title: ["needs a letter or digit"] });

  return executor.transaction(async (tx) => {
    await assertDailyQuota(tx, { kind: "stories", actor, now });
    await checkMediaRefs(tx, input);
    const slug = await claimFreeSlug(tx, base);
    const [article] = await tx
      .insert(articles)
      .values({
        ...columnFieldsOf({ ...input, slug, heroImageUrl: input.heroImageUrl || null }),
        bodyHtml: renderHtml(input.body, await libraryImagesFor(tx, input.body)),
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articles.id, slug: articles.slug, version: articles.version });
    await replaceTagsAndBylines(tx, article.id, input.tagIds, bylineIds);
    const snapshot = await readSnapshot(tx, article.id);
    await tx.insert(articleRevisions).values({
      articleId: article.id,
      number: 1,
      kind: "create",
      snapshot: snapshot!,
      authorId: actor.id,
      createdAt: now,
    });
    await recordAudit(tx, { actorId: actor.id, action: "article.create", entityType: "article", entityId: article.id });
    return article;
  });
}
