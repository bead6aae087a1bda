// An image's files in object storage: the checked original and its variants,
// written before the database row that names them (a row never names a
// missing file), and removed after the row that named them is gone.
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

/** Writes the original and every variant; on failure removes what it wrote and rethrows. */
export async function storeImageFiles(storage: MediaStorage, checked: CheckedImage): Promise<StoredFiles> {
  const { hash, image, bytes } = checked;
  const rendered = await renderVariants(bytes);
  const original = originalKey(hash, image.format);
  const variants: StoredVariant[] = rendered.variants.map((v) => ({
    width: v.width,
    height: v.height,
    format: v.format,
    key: variantKey(hash, v),
    bytes: v.bytes.byteLength,
  }));
  const written: string[] = [];
  try {
    await storage.put(original, bytes, image.contentType, IMMUTABLE);
    written.push(original);
    for (const [i, v] of rendered.variants.entries()) {
      await storage.put(variants[i].key, v.bytes, v.contentType, IMMUTABLE);
      written.push(variants[i].key);
    }
  } catch (error) {
    await storage.delete(written).catch(() => {});
    throw error;
  }
  return { originalKey: original, variants };
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
