// A media item as the Admin API, the dashboard and the editor see it: the
// row with URLs instead of storage keys, and no storage internals.
import "server-only";
import type { Media } from "@/db/schema";
import type { StoredVariant } from "./stored-variant";
import { mediaFileUrl } from "./urls";

export type MediaVariantDto = { width: number; height: number; format: StoredVariant["format"]; url: string; bytes: number };

export type MediaDto = {
  id: string;
  /** The original file. */
  url: string;
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
  filename: string;
  alt: string;
  credit: string;
  caption: string;
  focal: { x: number; y: number };
  version: number;
  uploadedBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** True from an upload or replace until its variants exist (lib/media/variant-queue.ts): show the original meanwhile. */
  processing: boolean;
  variants: MediaVariantDto[];
};

export type MediaRowWithUploader = Media & { uploaderName: string | null };

export function toMediaDto(row: MediaRowWithUploader): MediaDto {
  return {
    id: row.id,
    url: mediaFileUrl(row.originalKey),
    width: row.width,
    height: row.height,
    mimeType: row.mimeType,
    bytes: row.bytes,
    filename: row.filename,
    alt: row.alt,
    credit: row.credit,
    caption: row.caption,
    focal: { x: row.focalX, y: row.focalY },
    version: row.version,
    uploadedBy: row.uploadedById ? { id: row.uploadedById, name: row.uploaderName ?? "" } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    processing: row.variants.length === 0,
    variants: row.variants.map((v) => ({ width: v.width, height: v.height, format: v.format, url: mediaFileUrl(v.key), bytes: v.bytes })),
  };
}
