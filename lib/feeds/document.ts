// A feed or sitemap ready to serve: its bytes and what conditional GET needs.
import { createHash } from "node:crypto";

export type ServedDocument = {
  body: string;
  contentType: string;
  /** Strong validator: the same bytes always have the same ETag, on every instance. */
  etag: string;
  /** When this version was built (epoch ms); later than any version served before it. */
  builtAt: number;
  /** The cache tags whose invalidation replaces this document (for the edge cache too). */
  cacheTags: string[];
};

export function makeDocument(body: string, contentType: string, builtAt: Date, cacheTags: string[]): ServedDocument {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { body, contentType: `${contentType}; charset=utf-8`, etag, builtAt: builtAt.getTime(), cacheTags };
}
