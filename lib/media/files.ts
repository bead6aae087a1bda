// An image's files in object storage: the checked original, written before
// the database row that names it, and its variants, written before the row
// is updated to name them (a row never names a missing file); all are
// removed after the row that named them is gone.
import "server-only";
import { inspectImage, type InspectedImage } from "./inspect";
import type { MediaStorage } from "./storage";
import type { StoredVariant } from "./stored-variant";
import { contentHash, originalKey, renderVariants, variantKey } from "./variants";

/** Stored files are named by their content hash, so a key's bytes never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";

export type CheckedImage = { bytes: Uint8Array; hash: string; image: InspectedImage };

/** The image the bytes hold and their hash; a MediaRejected (413/422) for anything that is not an accepted image. */
export async function checkImage(bytes: Uint8Array): Promise<CheckedImage> {
  const image = await inspectImage(bytes);
  return { bytes, hash: contentHash(bytes), image };
}

export type StoredFiles = { originalKey: string; variants: StoredVariant[] };

/** Writes the checked original; its variants come later (./variant-queue). */
export async function storeOriginal(storage: MediaStorage, checked: CheckedImage): Promise<StoredFiles> {
  const key = originalKey(checked.hash, checked.image.format);
  await storage.put(key, checked.bytes, checked.image.contentType, IMMUTABLE);
  return { originalKey: key, variants: [] };
}

/** Renders and writes every variant of the original `bytes` (content hash `hash`); on failure removes what it wrote and rethrows. */
export async function storeVariants(storage: MediaStorage, bytes: Uint8Array, hash: string): Promise<StoredVariant[]> {
  const rendered = await renderVariants(bytes);
  const variants: StoredVariant[] = rendered.variants.map((v) => ({
    width: v.width,
    height: v.height,
    format: v.format,
    key: variantKey(hash, v),
    bytes: v.bytes.byteLength,
  }));
  const written: string[] = [];
  try {
    for (const [i, v] of rendered.variants.entries()) {
      await storage.put(variants[i].key, v.bytes, v.contentType, IMMUTABLE);
      written.push(variants[i].key);
    }
  } catch (error) {
    await storage.delete(written).catch(() => {});
    throw error;
  }
  return variants;
}

/** Every key of an item's files. */
export const fileKeysOf = (files: StoredFiles): string[] => [files.originalKey, ...files.variants.map((v) => v.key)];

/** Removes files, logging rather than failing: the row is already gone, and a left-over file harms nothing. */
export async function removeImageFiles(storage: MediaStorage, keys: readonly string[]): Promise<void> {
  try {
    await storage.delete(keys);
  } catch (error) {
    console.error("[media] could not remove files", keys.length, error);
  }
}
