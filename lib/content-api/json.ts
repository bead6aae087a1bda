// The content API's JSON: public fields only (no user ids or emails), absolute
// URLs for use off-site, and the response headers it shares with CDNs.
import type { ArticleSummary, PublicArticle } from "@/lib/articles/dto";
import { authorPath, sectionPath, tagPath } from "@/lib/articles/dto";
import { edgeHeaders } from "@/lib/cache/edge-headers";
import { getEnv } from "@/lib/env";
import { type ErrorCode, errorStatus } from "@/lib/errors";

/** Fit for a shared cache (see lib/cache/edge-headers.ts), keyed by the cache tags the answer was read under. */
export const publicCache = (keys: readonly string[]) => ({ ...edgeHeaders(keys), "Access-Control-Allow-Origin": "*" });
const NO_STORE = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } as const;

const absolute = (path: string) => `${getEnv().SITE_URL}${path}`;

export function toContentItem(a: ArticleSummary) {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    dek: a.dek,
    url: absolute(a.url),
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    section: a.section ? { slug: a.section.slug, name: a.section.name, url: absolute(sectionPath(a.section.slug)) } : null,
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind, url: absolute(tagPath(t.slug)) })),
    bylines: a.bylines.map((b) => ({ name: b.name, slug: b.slug, url: b.slug ? absolute(authorPath(b.slug)) : null })),
    image: a.heroImage
      ? { url: a.heroImage.url.startsWith("/") ? absolute(a.heroImage.url) : a.heroImage.url, alt: a.heroImage.alt, credit: a.heroImage.credit }
      : null,
  };
}

export function toContentArticle(a: PublicArticle) {
  return { ...toContentItem(a), bodyHtml: a.bodyHtml, correctionNote: a.correctionNote };
}

export const contentJson = (body: unknown, keys: readonly string[]) => Response.json(body, { headers: publicCache(keys) });

export function contentError(code: ErrorCode, message: string, fields?: Record<string, string[]>) {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status: errorStatus[code], headers: NO_STORE });
}

/** Database and other unexpected failures: logged here, a generic 500 for the client. */
export function contentFailure(error: unknown) {
  console.error("[content-api] unexpected error", error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500, headers: NO_STORE });
}
