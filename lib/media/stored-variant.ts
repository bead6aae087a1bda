// One variant of a media item as the `media.variants` column records it.
// Pure and client-safe: the dashboard reads the list too.
/** The encodings variants are made in (lib/media/variants.ts). */
export type StoredVariantFormat = "avif" | "webp" | "jpeg" | "png";

export interface StoredVariant {
  width: number;
  height: number;
  format: StoredVariantFormat;
  /** Storage key (lib/media/storage.ts). */
  key: string;
  bytes: number;
}

export const STORED_VARIANT_TYPES: Record<StoredVariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};
