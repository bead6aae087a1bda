// URL rules shared by the toolbar forms and the Link extension. They defer to
// the renderer's allow-lists so the editor never accepts what publishing drops.
import { parseEmbed, safeImageSrc, safeLinkHref } from "@/lib/content/render";

// "example.com/path" typed without a scheme: the desk means the web address.
const BARE_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+(?:[/?#]\S*)?$/i;

/** The href to store for what an editor typed, or null if it is not allowed. */
export function toLinkHref(input: string): string | null {
  const value = input.trim();
  if (BARE_DOMAIN.test(value)) return safeLinkHref(`https://${value}`);
  return safeLinkHref(value);
}

/** An image source must be https or a site path ("/uploads/…"). */
export function toImageSrc(input: string): string | null {
  return safeImageSrc(input.trim());
}

/** The canonical embed URL, or null for providers we do not embed. */
export function toEmbedUrl(input: string): string | null {
  return parseEmbed(input.trim())?.url ?? null;
}

const PROVIDER_NAMES = { youtube: "YouTube", x: "X", instagram: "Instagram", tiktok: "TikTok" } as const;

export function embedProviderName(url: string): string {
  const embed = parseEmbed(url);
  return embed ? PROVIDER_NAMES[embed.provider] : "Unsupported embed";
}
