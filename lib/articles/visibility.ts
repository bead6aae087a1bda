// Which working copies a person may see in lists: contributors the articles
// they created or carry a byline on; editors and admins all of them.
import "server-only";
import { and, eq, exists, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articleAuthors, articles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export const hasByline = (userId: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(articleAuthors)
      .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, userId))),
  );

export function visibleArticlesTo(actor: Actor): SQL | undefined {
  if (can(actor.role, "article:edit-any")) return undefined;
  return or(eq(articles.createdById, actor.id), hasByline(actor.id));
}
