// A hero image as a feed enclosure: its media type and size in bytes.
import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";

export type HeroEnclosure = { url: string; type: string; length: number };

const IMAGE_TYPES: Record<string, string> = {
  avif: "image/avif",
  gif: "image/gif",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
  webp: "image/webp",
};

/** The media type from the file extension; readers need one, and a photo is the likely case. */
export function imageTypeOf(url: string): string {
  const ext = url.split(/[?#]/)[0].split(".").pop()?.toLowerCase() ?? "";
  return IMAGE_TYPES[ext] ?? "image/jpeg";
}

const PUBLIC_DIR = path.join(process.cwd(), "public");

/**
 * Images served from this site's public/ folder have a known size. For one
 * elsewhere the size is unknown: RSS then says 0, as the RSS Advisory Board
 * recommends, rather than fetch it while building a feed.
 */
export async function describeHeroImage(url: string): Promise<HeroEnclosure> {
  let length = 0;
  if (url.startsWith("/")) {
    const file = path.join(PUBLIC_DIR, url.split(/[?#]/)[0]);
    if (file.startsWith(`${PUBLIC_DIR}${path.sep}`))
      length = await stat(file).then(
        (s) => (s.isFile() ? s.size : 0),
        () => 0,
      );
  }
  return { url, type: imageTypeOf(url), length };
}
