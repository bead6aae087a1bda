// What the Admin API sends for an article: plain JSON, dates as ISO strings,
// public and preview paths spelled out. Shapes are those in lib/api/schemas.ts.
import type { ApiArticleRecord, ApiListRow } from "@/lib/articles/api-queries";
import { articlePath } from "@/lib/articles/dto";
import type { ApiArticle, ApiArticleListItem } from "./schemas";

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const articleApiPath = (id: string) => `/api/admin/articles/${id}`;

export function toApiArticle(record: ApiArticleRecord): ApiArticle {
  const { liveSlug, publishAt, unpublishAt, publishedAt, createdAt, updatedAt, heroImageUrl, ...rest } = record;
  return {
    ...rest,
    heroImageUrl: heroImageUrl || null,
    publishAt: iso(publishAt),
    unpublishAt: iso(unpublishAt),
    publishedAt: iso(publishedAt),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    url: liveSlug ? articlePath(liveSlug) : null,
    previewUrl: `${articleApiPath(record.id)}/preview`,
  };
}

export function toApiListItem(row: ApiListRow): ApiArticleListItem {
  const { key: _key, updatedAt, publishAt, ...rest } = row;
  return { ...rest, updatedAt: updatedAt.toISOString(), publishAt: iso(publishAt) };
}
