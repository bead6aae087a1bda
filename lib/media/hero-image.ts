// A story's hero as readers get it, from a library item: the story's own
// alt text and credit when it has them, else the item's; the URL of one
// still variant every browser reads (JPEG, or PNG with transparency), at the
// widest layout width; and the item's size, focal point and every variant,
// for pages that send srcset and crops.
import "server-only";
import type { MediaDto, MediaVariantDto } from "./dto";

/** The widest an image is shown on a page; the variant at or below it is the default `src`. */
export const DEFAULT_VARIANT_WIDTH = 1600;

export type HeroMedia = {
  id: string;
  width: number;
  height: number;
  focal: { x: number; y: number };
  /** The variant `url` points at. */
  fallback: MediaVariantDto;
  variants: MediaVariantDto[];
};

/** The still variant to use when only one URL can be given. */
export function fallbackVariant(media: Pick<MediaDto, "variants">): MediaVariantDto | null {
  const stills = media.variants.filter((v) => v.format === "jpeg" || v.format === "png").sort((a, b) => a.width - b.width);
  return stills.filter((v) => v.width <= DEFAULT_VARIANT_WIDTH).at(-1) ?? stills[0] ?? null;
}

export function heroFromMedia(media: MediaDto, own: { alt: string; credit: string }): { url: string; alt: string; credit: string; media: HeroMedia } | null {
  const fallback = fallbackVariant(media);
  if (!fallback) return null;
  return {
    url: fallback.url,
    alt: own.alt.trim() || media.alt,
    credit: own.credit.trim() || media.credit,
    media: { id: media.id, width: media.width, height: media.height, focal: media.focal, fallback, variants: media.variants },
  };
}
