// Library images of a story's body, as the renderer shows them
// (lib/content/render.ts, LibraryImage): the default still variant as `src`,
// every still variant in `srcset` (the original alone while the variants are
// being made), the item's size and texts.
import "server-only";
import type { Executor } from "@/db/client";
import type { LibraryImage, LibraryImages } from "@/lib/content/render";
import type { ArticleDocument } from "@/lib/content/document";
import type { MediaDto } from "./dto";
import { fallbackVariant } from "./hero-image";
import { getMediaByIds } from "./queries";

export function libraryImageOf(media: MediaDto): LibraryImage {
  const fallback = fallbackVariant(media);
  const texts = { width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit };
  // Variants are made after an upload answers (lib/media/variant-queue.ts): until then, the original alone.
  if (!fallback) return { src: media.url, srcset: "", ...texts };
  const stills = media.variants.filter((v) => v.format === fallback.format).sort((a, b) => a.width - b.width);
  return { src: fallback.url, srcset: stills.map((v) => `${v.url} ${v.width}w`).join(", "), ...texts };
}

/** The lookup for the library images `body` shows, read through `executor` (a transaction sees its own changes). */
export async function libraryImagesFor(executor: Executor, body: ArticleDocument): Promise<LibraryImages> {
  const ids = [...new Set(body.content.flatMap((b) => (b.type === "image" && b.attrs.mediaId ? [b.attrs.mediaId] : [])))];
  const items = await getMediaByIds({ ids }, executor);
  const images = new Map([...items].map(([id, media]) => [id, libraryImageOf(media)] as const));
  return (mediaId) => images.get(mediaId);
}
