// Library images of a story's body, as the renderer shows them
// (lib/content/render.ts, LibraryImage): the default still variant as `src`,
// every still variant in `srcset`, the item's size and texts.
import "server-only";
import type { Executor } from "@/db/client";
import type { LibraryImage, LibraryImages } from "@/lib/content/render";
import type { ArticleDocument } from "@/lib/content/document";
import type { MediaDto } from "./dto";
import { fallbackVariant } from "./hero-image";
import { getMediaByIds } from "./queries";

export function libraryImageOf(media: MediaDto): LibraryImage | undefined {
  const fallback = fallbackVariant(media);
  if (!fallback) return undefined;
  const stills = media.variants.filter((v) => v.format === fallback.format).sort((a, b) => a.width - b.width);
  return {
    src: fallback.url,
    srcset: stills.map((v) => `${v.url} ${v.width}w`).join(", "),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
  };
}

/** The lookup for the library images `body` shows, read through `executor` (a transaction sees its own changes). */
export async function libraryImagesFor(executor: Executor, body: ArticleDocument): Promise<LibraryImages> {
  const ids = [...new Set(body.content.flatMap((b) => (b.type === "image" && b.attrs.mediaId ? [b.attrs.mediaId] : [])))];
  const items = await getMediaByIds({ ids }, executor);
  const images = new Map(
    [...items].flatMap(([id, media]) => {
      const image = libraryImageOf(media);
      return image ? [[id, image] as const] : [];
    }),
  );
  return (mediaId) => images.get(mediaId);
}
