// A story's share image (Open Graph and Twitter), always a 1200 x 630 JPEG so
// the page's og:image:type holds for every story. With a library hero: the
// hero cropped around its focal point (lib/media/crop.ts), cut from the
// narrowest still variant that is wide enough (upright, sRGB, no metadata),
// else the widest there is, else the original while the variants are being
// made; keyed by the item too (docs/architecture.md, "Cache tiers" and
// "Media"), so a replaced file purges it. Without one: the text card, drawn
// by the route as PNG, re-encoded.
import "server-only";
import { buffer } from "node:stream/consumers";
import { edgeHeaders } from "@/lib/cache/edge-headers";
import { cacheTags } from "@/lib/cache/tags";
import { getEnv } from "@/lib/env";
import { ASPECTS, CENTRE } from "@/lib/media/crop";
import type { HeroMedia } from "@/lib/media/hero-image";
import { getMediaStorage } from "@/lib/media/storage";
import { mediaKeyFromUrl } from "@/lib/media/url-key";
import { renderCrop, type Variant } from "@/lib/media/variants";

export const SHARE_SIZE = ASPECTS.share;

/** The URL to cut the share image from. */
export function shareSourceUrl(media: Pick<HeroMedia, "variants" | "fallback">): string {
  const stills = media.variants.filter((v) => v.format === "jpeg" || v.format === "png").sort((a, b) => a.width - b.width);
  return (stills.find((v) => v.width >= SHARE_SIZE.width) ?? stills.at(-1))?.url ?? media.fallback.url;
}

/** The share image of a library hero; null when its file cannot be read (the caller draws the text card). */
export async function shareImageResponse(media: HeroMedia, slug: string): Promise<Response | null> {
  const key = mediaKeyFromUrl(shareSourceUrl(media), getEnv().MEDIA_PUBLIC_URL);
  const object = key ? await (await getMediaStorage()).get(key) : null;
  if (!object) return null;
  const image = await renderCrop(await buffer(object.body), "share", media.focal, SHARE_SIZE.width, "jpeg");
  return jpegResponse(image, [cacheTags.slug(slug), cacheTags.media(media.id)]);
}

/** The text card drawn by the route (`card`, a 1200 x 630 PNG), as JPEG. */
export async function shareCardResponse(card: Response, slug: string): Promise<Response> {
  const image = await renderCrop(new Uint8Array(await card.arrayBuffer()), "share", CENTRE, SHARE_SIZE.width, "jpeg");
  return jpegResponse(image, [cacheTags.slug(slug)]);
}

function jpegResponse(image: Variant, tags: string[]): Response {
  return new Response(new Uint8Array(image.bytes), {
    headers: { "Content-Type": image.contentType, "Content-Length": String(image.bytes.byteLength), ...edgeHeaders(tags) },
  });
}
