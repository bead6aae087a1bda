// What a <picture> of a library item sends (docs/architecture.md, "Media"):
// one <source> per modern encoding (AVIF, then WebP) and the still variants
// (JPEG, or PNG with transparency) in the <img>, each a srcset by width, with
// the `sizes` of the layout showing it and the item's focal point as the
// crop's `object-position`. Pure and client-safe: types only from the rest
// of lib/media.
import type { FocalPoint } from "./crop";
import type { StoredVariantFormat } from "./stored-variant";

export type PictureVariant = { width: number; height: number; format: StoredVariantFormat; url: string };

/** The layouts that show a story's picture, and how wide each is drawn (the `sizes` attribute). */
export const PICTURE_SIZES = {
  /** The article's hero: the text column, 48rem at most. */
  hero: "(min-width: 768px) 768px, 100vw",
  /** The home page's lead story: three fifths of the page. */
  lead: "(min-width: 768px) 60vw, 100vw",
  /** A card in a grid of two to four. */
  card: "(min-width: 768px) 30vw, 100vw",
  /** A story in a river (tag, section, author pages, search): a 12rem column. */
  row: "12rem",
  /** A square beside a story in the home page's coverage rail. */
  rail: "4rem",
} as const;

export type PictureLayout = keyof typeof PICTURE_SIZES;

/** The `<source>` encodings, best first: a browser takes the first type it reads. */
const SOURCE_TYPES = [
  { format: "avif", type: "image/avif" },
  { format: "webp", type: "image/webp" },
] as const satisfies { format: StoredVariantFormat; type: string }[];

const isStill = (format: StoredVariantFormat) => format === "jpeg" || format === "png";

/** `url 320w, url 640w, ...`, narrowest first, one candidate per width (a srcset may not repeat one). */
export function srcSetOf(variants: readonly PictureVariant[]): string {
  const byWidth = new Map<number, string>();
  for (const v of [...variants].sort((a, b) => a.width - b.width)) if (!byWidth.has(v.width)) byWidth.set(v.width, v.url);
  return [...byWidth].map(([width, url]) => `${url} ${width}w`).join(", ");
}

export type PictureSources = {
  sources: { type: string; srcSet: string }[];
  /** The <img>: its srcset of still variants, and `src` for browsers without srcset (the fallback URL). */
  img: { src: string; srcSet: string | undefined };
};

/** The <source> elements and the <img> srcset of an item's variants; `fallbackUrl` is the `src`. */
export function pictureSources(variants: readonly PictureVariant[], fallbackUrl: string): PictureSources {
  const sources = SOURCE_TYPES.flatMap(({ format, type }) => {
    const srcSet = srcSetOf(variants.filter((v) => v.format === format));
    return srcSet ? [{ type, srcSet }] : [];
  });
  const stills = srcSetOf(variants.filter((v) => isStill(v.format)));
  return { sources, img: { src: fallbackUrl, srcSet: stills || undefined } };
}

/** CSS `object-position` that keeps the focal point in frame when `object-fit: cover` crops the picture. */
export function focalPosition(focal: FocalPoint): string {
  const percent = (n: number) => `${Math.round(Math.min(1, Math.max(0, n)) * 1000) / 10}%`;
  return `${percent(focal.x)} ${percent(focal.y)}`;
}
