// Brings an image given by address into the media library, so no page
// depends on another site staying up: an https URL is fetched once
// (fetch-remote.ts: public addresses only, redirects re-checked, size and
// time limits) and then stored like an upload (inspected, deduplicated by
// content, variants made). A path under /images/ is this site's own file in
// public/ and is read from disk; the demo illustrations there are SVG, which
// uploads refuse (an uploaded SVG can carry script), so these files of the
// site's own are drawn to PNG first.
import "server-only";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createFromUpload } from "./commands";
import type { MediaDto } from "./dto";
import { type FetchOptions, FetchRefused, fetchRemoteImage } from "./fetch-remote";
import { MAX_UPLOAD_BYTES, MediaRejected } from "./inspect";
import type { MediaMetadata } from "./metadata";
import type { MediaStorage } from "./storage";

const PUBLIC_DIR = path.resolve(process.cwd(), "public");
const LOCAL_PREFIX = "/images/";

export type ImportRequest = {
  actor: Actor;
  url: string;
  /** The input field the address came in, for the refusal's field error. */
  field: string;
  metadata?: Partial<Pick<MediaMetadata, "alt" | "credit" | "caption">>;
};

/** The library item holding the image at `url` (a new one, or the one that already holds the same bytes); 422 on `field` when it cannot be. */
export async function importImageFromUrl(request: ImportRequest, options: { fetch?: FetchOptions; storage?: MediaStorage } = {}): Promise<MediaDto> {
  const refuse = (message: string, tooLarge = false) =>
    new AppError(tooLarge ? "too_large" : "invalid", `The image at that address could not be imported: ${message}`, { fields: { [request.field]: [message] } });
  let file: { bytes: Uint8Array; filename: string };
  try {
    file = request.url.startsWith("/") ? await readLocalImage(request.url) : await fetchRemoteImage(request.url, options.fetch);
  } catch (error) {
    if (error instanceof FetchRefused) throw refuse(error.message, error.tooLarge);
    throw error;
  }
  try {
    const { media } = await createFromUpload(
      { actor: request.actor, bytes: file.bytes, filename: file.filename, metadata: request.metadata },
      { storage: options.storage },
    );
    return media;
  } catch (error) {
    if (error instanceof MediaRejected) throw refuse(error.message, error.reason === "too_large");
    throw error;
  }
}

/** A file of this site's own under public/images, as an accepted image. */
async function readLocalImage(url: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const pathname = URL.parse(url, "https://marquee.invalid")?.pathname ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new FetchRefused("The path is not valid.");
  }
  const file = path.resolve(PUBLIC_DIR, `.${decoded}`);
  if (!decoded.startsWith(LOCAL_PREFIX) || !file.startsWith(path.join(PUBLIC_DIR, "images") + path.sep)) {
    throw new FetchRefused("Only https URLs and this site's own /images/ files can be imported.");
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new FetchRefused("This site has no file at that path.");
  if (info.size > MAX_UPLOAD_BYTES) throw new FetchRefused(`The image is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, true);
  const bytes = await readFile(file);
  const name = path.basename(file);
  if (!name.toLowerCase().endsWith(".svg")) return { bytes, filename: name };
  // The site's own drawing, drawn 1280 pixels wide: wide enough for the pages, and quick to seed.
  const png = await sharp(bytes, { density: 144 }).resize({ width: 1280 }).png().toBuffer();
  return { bytes: png, filename: name.replace(/\.svg$/i, ".png") };
}
