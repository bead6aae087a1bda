// Moves heroes given by address (hero_image_url, from before the media
// library) into the library: each distinct address is imported once
// (lib/media/import-url.ts, with the same limits as an editor's), then every
// working copy and live copy showing it points at the item instead, in one
// transaction per address with an audit event per article. The live copy is
// written here because this module is where live copies are written
// (docs/architecture.md, "Rules of the house"); nothing else about them
// changes, so no revision is made. An address that cannot be imported is left
// as it is (readers keep seeing it) and reported.
import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, liveArticles } from "@/db/schema";
import { readLiveFootprint } from "@/lib/articles/working-copy";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { invalidateTags } from "@/lib/cache/invalidate";
import { tagsForLiveChange } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors";
import type { FetchOptions } from "@/lib/media/fetch-remote";
import { importImageFromUrl } from "@/lib/media/import-url";
import type { MediaStorage } from "@/lib/media/storage";

export type HeroImportReport = { imported: { url: string; mediaId: string; articles: number }[]; failed: { url: string; reason: string }[] };

// `<> ''` is false for null as well.
const hasAddress = (column: typeof articles.heroImageUrl | typeof liveArticles.heroImageUrl) => ne(column, "");

/** Imports every hero address still in use; `actor` is recorded as the uploader and in the audit trail. */
export async function importHeroAddresses(
  { actor }: { actor: Actor },
  options: { fetch?: FetchOptions; storage?: MediaStorage } = {},
): Promise<HeroImportReport> {
  const working = await db
    .selectDistinct({ url: articles.heroImageUrl, alt: articles.heroImageAlt, credit: articles.heroImageCredit })
    .from(articles)
    .where(and(hasAddress(articles.heroImageUrl), isNull(articles.heroMediaId)));
  const live = await db
    .selectDistinct({ url: liveArticles.heroImageUrl, alt: liveArticles.heroImageAlt, credit: liveArticles.heroImageCredit })
    .from(liveArticles)
    .where(and(hasAddress(liveArticles.heroImageUrl), isNull(liveArticles.heroMediaId)));
  // The first alt text and credit seen for an address become the item's own; stories keep theirs as overrides.
  const byUrl = new Map<string, { alt: string; credit: string }>();
  for (const row of [...working, ...live]) if (row.url && !byUrl.has(row.url)) byUrl.set(row.url, { alt: row.alt, credit: row.credit });

  const report: HeroImportReport = { imported: [], failed: [] };
  for (const [url, metadata] of byUrl) {
    let mediaId: string;
    try {
      mediaId = (await importImageFromUrl({ actor, url, field: "heroImageUrl", metadata: clean(metadata) }, options)).id;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      report.failed.push({ url, reason: error.details.fields?.heroImageUrl?.[0] ?? error.message });
      continue;
    }
    const { count, tags } = await pointAt(actor, url, mediaId);
    await invalidateTags(tags);
    report.imported.push({ url, mediaId, articles: count });
  }
  return report;
}

/** Alt text and credit as the library accepts them (no markup); dropped when they would be refused. */
function clean(metadata: { alt: string; credit: string }) {
  const ok = (value: string, max: number) => value.length <= max && !/[<>]/.test(value);
  return { alt: ok(metadata.alt, 300) ? metadata.alt : "", credit: ok(metadata.credit, 200) ? metadata.credit : "" };
}

async function pointAt(actor: Actor, url: string, mediaId: string): Promise<{ count: number; tags: string[] }> {
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(articles)
      .set({ heroMediaId: mediaId, heroImageUrl: null })
      .where(and(eq(articles.heroImageUrl, url), isNull(articles.heroMediaId)))
      .returning({ id: articles.id });
    const liveChanged = await tx
      .update(liveArticles)
      .set({
        heroMediaId: mediaId,
        heroImageUrl: null,
        mediaIds: sql`array_prepend(${mediaId}::uuid, array_remove(${liveArticles.mediaIds}, ${mediaId}::uuid))`,
      })
      .where(and(eq(liveArticles.heroImageUrl, url), isNull(liveArticles.heroMediaId)))
      .returning({ id: liveArticles.articleId });
    const ids = [...new Set([...changed, ...liveChanged].map((r) => r.id))];
    for (const id of ids) {
      await recordAudit(tx, { actorId: actor.id, action: "article.hero_imported", entityType: "article", entityId: id, data: { url, mediaId } });
    }
    const tags = new Set<string>();
    for (const { id } of liveChanged) {
      const footprint = await readLiveFootprint(tx, id);
      for (const tag of tagsForLiveChange(footprint, footprint)) tags.add(tag);
    }
    return { count: ids.length, tags: [...tags] };
  });
}
