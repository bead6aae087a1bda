// The share image (Open Graph and Twitter) of a story with a library hero:
// the hero cropped to 1200 x 630 around its focal point (lib/media/crop.ts),
// as JPEG. It is cut from the narrowest still variant that is wide enough
// (upright, sRGB, no metadata), else the widest there is, else the original
// while the variants are being made. Answered with the shared-cache headers
// and keyed by the item (docs/architecture.md, "Cache tiers" and "Media"), so
// a replaced file purges it.
import "server-only";
import { buffer } from "node:stream/consumers";
import { edgeHeaders } from "@/lib/cache/edge-headers";
import { cacheTags } from "@/lib/cache/tags";
import { getEnv } from "@/lib/env";
import { ASPECTS } from "@/lib/media/crop";
import type { HeroMedia } from "@/lib/media/hero-image";
import { getMediaStorage } from "@/lib/media/storage";
import { mediaKeyFromUrl } from "@/lib/media/url-key";
import { renderCrop } from "@/lib/media/variants";

export const SHARE_SIZE = ASPECTS.share;

/** The URL to cut the share image from. */
export function shareSourceUrl(media: Pick<HeroMedia, "variants" | "fallback">): string {
  const stills = media.variants.filter((v) => v.format === "jpeg" || v.format === "png").sort((a, b) => a.width - b.width);
  return (stills.find((v) => v.width >= SHARE_SIZE.width) ?? stills.at(-1))?.url ?? media.fallback.url;
}

/** The share image response; null when the hero's file cannot be read (the caller falls back to the text card). */
export async function shareImageResponse(media: HeroMedia, slug: string): Promise<Response | null> {
  const key = mediaKeyFromUrl(shareSourceUrl(media), getEnv().MEDIA_PUBLIC_URL);
  const object = key ? await (await getMediaStorage()).get(key) : null;
  if (!object) return null;
  const input = await buffer(object.body);
  const image = await renderCrop(input, "share", media.focal, SHARE_SIZE.width, "jpeg");
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.byteLength),
      ...edgeHeaders([cacheTags.slug(slug), cacheTags.media(media.id)]),
    },
  });
}
