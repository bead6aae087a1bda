// Who may see or edit which working copies, for every reader of them: the
// dashboard and calendar lists, the editor, revisions, preview, the Admin API
// and the commands. One rule (`articleScope` in lib/auth/permissions.ts) in
// two forms: a SQL condition for lists, and `mayEditArticle` for one article.
import "server-only";
import { and, asc, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { type Article, articleAuthors, articles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { articleScope, mayEditArticle } from "@/lib/auth/permissions";

export const hasByline = (userId: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(articleAuthors)
      .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, userId))),
  );

/** The SQL form of the rule: the articles `actor` may see; undefined when that is all of them. */
export function visibleArticlesTo(actor: Actor): SQL | undefined {
  switch (articleScope(actor)) {
    case "every":
      return undefined;
    case "own":
      return or(eq(articles.createdById, actor.id), hasByline(actor.id));
    case "none":
      return sql`false`;
  }
}

/**
 * The article's row when it exists, is not deleted and `actor` may see and
 * edit it; otherwise null (callers answer "not found" either way). With
 * `forUpdate`, the row stays locked until the caller's transaction ends.
 */
export async function findEditableArticle(
  executor: Executor,
  actor: Actor,
  articleId: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<Article | null> {
  const query = executor
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), isNull(articles.deletedAt)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) return null;
  const bylines = await executor
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  return mayEditArticle(actor, { createdById: row.createdById, bylineIds: bylines.map((b) => b.userId) }) ? row : null;
}
