import { preload } from "react-dom";
import type { ArticleSummary } from "@/lib/articles/dto";
import { focalPosition, PICTURE_SIZES, type PictureLayout, pictureSources } from "@/lib/media/picture";
import { StoryImage } from "./story-image";

type HeroImage = NonNullable<ArticleSummary["heroImage"]>;

/** Intrinsic size of a story picture given by address (no library item): the optimizer's widest rendition. */
const LEGACY_SIZE: Record<PictureLayout, { width: number; height: number }> = {
  hero: { width: 1600, height: 900 },
  lead: { width: 1600, height: 900 },
  card: { width: 1600, height: 900 },
  row: { width: 640, height: 360 },
  rail: { width: 320, height: 320 },
};

/**
 * A story's hero in one layout, rendered on the server (docs/architecture.md,
 * "Readers' script"). A library item sends a <picture> of its variants, AVIF
 * and WebP first, with its own width and height (the box comes from
 * `className`, so nothing shifts) and `object-position` at its focal point,
 * so the layout's crop keeps the subject in frame; while its variants are
 * being made, its original alone. A picture given by address keeps next/image's
 * optimizer. `priority` marks the page's LCP candidate: fetched first, not lazy,
 * and preloaded as the source the browser will pick.
 */
export function HeroPicture({
  image,
  layout,
  alt,
  className,
  priority = false,
}: {
  image: HeroImage;
  layout: PictureLayout;
  alt: string;
  className: string;
  priority?: boolean;
}) {
  const sizes = PICTURE_SIZES[layout];
  const media = image.media;
  if (!media) return <StoryImage src={image.url} alt={alt} {...LEGACY_SIZE[layout]} sizes={sizes} priority={priority} className={className} />;

  const loading = priority ? ({ fetchPriority: "high", loading: "eager" } as const) : ({ loading: "lazy" } as const);
  const style = { objectPosition: focalPosition(media.focal) };
  if (media.variants.length === 0) {
    // Variants are made after the upload answers (lib/media/variant-queue.ts); the page is refreshed when they land.
    if (priority) preload(media.fallback.url, { as: "image", fetchPriority: "high" });
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a server-rendered <img>; see docs/architecture.md, "Readers' script"
      <img
        src={media.fallback.url}
        alt={alt}
        width={media.fallback.width}
        height={media.fallback.height}
        decoding="async"
        className={className}
        style={style}
        {...loading}
      />
    );
  }

  const { sources, img } = pictureSources(media.variants, media.fallback.url);
  if (priority) {
    // The first <source> is what a browser that reads its type picks, so the preload names that type;
    // browsers that do not read it skip the preload rather than fetch a file the <picture> will not use.
    const first = sources[0] ?? { type: media.fallback.type, srcSet: img.srcSet };
    preload(img.src, { as: "image", type: first.type, imageSrcSet: first.srcSet, imageSizes: sizes, fetchPriority: "high" });
  }
  return (
    <picture>
      {sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={sizes} />
      ))}
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={sizes}
        alt={alt}
        width={media.width}
        height={media.height}
        decoding="async"
        className={className}
        style={style}
        {...loading}
      />
    </picture>
  );
}
