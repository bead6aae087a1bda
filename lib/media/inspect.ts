// What an upload really is, decided from its bytes before anything is stored.
// The name and the declared type are the uploader's word; the magic bytes and
// sharp's reading of the header are not. Only JPEG, PNG, WebP, GIF and AVIF
// are accepted; every refusal is a MediaRejected with a message for the
// editor.
//
// The order is cheapest first, and nothing is decoded until the header's
// dimensions are known to be within MAX_INPUT_PIXELS: a 300 KB PNG can claim
// 50,000 x 50,000 pixels (10 GB of memory decoded).
//
// Polyglots: a file that is a valid image and also holds HTML, script or PHP
// (in a comment, a metadata chunk, or after the image's end) is refused, not
// cleaned. What readers see are re-encoded variants (variants.ts), which carry
// none of it, but the original is kept, and a browser or server that guesses
// a type from content could run it. The markers searched are 5 characters or
// more, so compressed pixel data matches one by chance about once in ten
// thousand maximum-size uploads (a false refusal, with a message saying to
// export the image again). Serving originals with their sniffed type and
// `X-Content-Type-Options: nosniff` remains the route's job.
import "server-only";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors";

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** Width x height of one frame; 100 megapixels is beyond any camera a newsroom uses, and about 400 MB decoded. */
export const MAX_INPUT_PIXELS = 100_000_000;
export const MAX_FILENAME_LENGTH = 200;

export const ACCEPTED_FORMATS = ["jpeg", "png", "webp", "gif", "avif"] as const;
export type ImageFormat = (typeof ACCEPTED_FORMATS)[number];

export const CONTENT_TYPES: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
};

const USE_INSTEAD = "use JPEG, PNG, WebP, GIF or AVIF";

export type RejectReason = "empty" | "too_large" | "svg" | "unsupported" | "not_image" | "truncated" | "corrupt" | "too_many_pixels" | "polyglot" | "bad_name";

/** A refused upload; `message` is written for the editor. too_large maps to 413, the rest to 422. */
export class MediaRejected extends AppError {
  name = "MediaRejected";
  constructor(
    readonly reason: RejectReason,
    message: string,
  ) {
    super(reason === "too_large" ? "too_large" : "invalid", message, { reason });
  }
}

export type Sniffed = { kind: "image"; format: ImageFormat } | { kind: "svg" } | { kind: "heif" } | { kind: "other-image"; name: string } | { kind: "unknown" };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "mif2"]);

/** The brands of an ISO-BMFF `ftyp` box at the start of the file (AVIF, HEIC, MP4...), or null. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return null;
  const size = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const end = Math.min(size, bytes.length, 512);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/** The type the first bytes show (4 KB is plenty), whatever the file is called. */
export function sniffType(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: "image", format: "jpeg" };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: "image", format: "png" };
  if (head.length >= 6 && (ascii(head, 0, 6) === "GIF87a" || ascii(head, 0, 6) === "GIF89a")) return { kind: "image", format: "gif" };
  if (head.length >= 12 && ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return { kind: "image", format: "webp" };
  const brands = ftypBrands(head);
  if (brands) {
    if (brands.some((b) => AVIF_BRANDS.has(b))) return { kind: "image", format: "avif" };
    if (brands.some((b) => HEIF_BRANDS.has(b))) return { kind: "heif" };
    return { kind: "unknown" };
  }
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return { kind: "other-image", name: "TIFF" };
  if (startsWith(head, [0x42, 0x4d])) return { kind: "other-image", name: "BMP" };
  if (startsWith(head, [0x38, 0x42, 0x50, 0x53])) return { kind: "other-image", name: "Photoshop" };
  if (startsWith(head, [0xff, 0x0a]) || startsWith(head, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return { kind: "other-image", name: "JPEG XL" };
  if (startsWith(head, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20])) return { kind: "other-image", name: "JPEG 2000" };
  if (startsWith(head, [0, 0, 1, 0])) return { kind: "other-image", name: "ICO" };
  // SVG is text: an XML declaration, a comment or a doctype may come first.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (/^\s*</.test(text) && /<svg[\s>/]/i.test(text)) return { kind: "svg" };
  return { kind: "unknown" };
}

/** Web page, script and PHP openings; a browser or server that guesses types from content would act on them. */
const ACTIVE_CONTENT = /<script|<\?php|<html|<iframe|<!doctype html/i;

/** Whether the bytes hold markup or script anywhere (see the header for why, and the odds of chance). */
export function containsActiveContent(bytes: Uint8Array): boolean {
  return ACTIVE_CONTENT.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}

export interface InspectedImage {
  format: ImageFormat;
  contentType: string;
  /** As displayed: EXIF orientation applied. */
  width: number;
  height: number;
  /** Frames of an animated GIF, WebP or AVIF; 1 otherwise. */
  pages: number;
  hasAlpha: boolean;
  size: number;
}

const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: "jpeg", png: "png", webp: "webp", gif: "gif", avif: "heif" };

/** The image the bytes hold, or a MediaRejected saying why not. Decodes only after the pixel count is known to be safe. */
export async function inspectImage(bytes: Uint8Array): Promise<InspectedImage> {
  if (bytes.byteLength === 0) throw new MediaRejected("empty", "The file is empty.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new MediaRejected("too_large", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);

  const sniffed = sniffType(bytes.subarray(0, 4096));
  if (sniffed.kind === "svg") throw new MediaRejected("svg", `SVG files are not accepted because they can carry scripts: ${USE_INSTEAD}.`);
  if (sniffed.kind === "heif")
    throw new MediaRejected("unsupported", `HEIC/HEIF photos are not accepted: export the photo as JPEG (or ${USE_INSTEAD.replace("use ", "")}).`);
  if (sniffed.kind === "other-image") throw new MediaRejected("unsupported", `${sniffed.name} images are not accepted: ${USE_INSTEAD}.`);
  if (sniffed.kind === "unknown") throw new MediaRejected("not_image", `The file is not an image, whatever its name says: ${USE_INSTEAD}.`);
  const format = sniffed.format;

  if (containsActiveContent(bytes))
    throw new MediaRejected("polyglot", "The file holds web page or script code besides the image: export the image again from an image editor.");

  // The header only: sharp reads no pixels for metadata(). The limit is ours, below, so the message can say it.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaRejected("corrupt", `The image is damaged and cannot be read: ${USE_INSTEAD}.`);
  }
  if (meta.format !== SHARP_FORMAT[format] || (format === "avif" && meta.compression !== "av1")) {
    throw new MediaRejected("unsupported", `This kind of image is not accepted: ${USE_INSTEAD}.`);
  }
  const frameHeight = meta.pageHeight ?? meta.height;
  if (!meta.width || !frameHeight) throw new MediaRejected("corrupt", `The image is damaged and cannot be read: ${USE_INSTEAD}.`);
  if (meta.width * frameHeight > MAX_INPUT_PIXELS) {
    throw new MediaRejected(
      "too_many_pixels",
      `The image is ${meta.width} x ${frameHeight} pixels; at most ${MAX_INPUT_PIXELS / 1_000_000} megapixels are accepted. Resize it and upload it again.`,
    );
  }

  // Now decode (small, from the first frame): a truncated or damaged file fails here rather than when variants are made.
  try {
    await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 }).resize(64, 64, { fit: "inside" }).raw().toBuffer();
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/premature end|truncated|unexpected end|end of (file|stream)|not enough data|read error/i.test(message)) {
      throw new MediaRejected("truncated", "The image is incomplete (the upload may have been cut off): upload it again.");
    }
    throw new MediaRejected("corrupt", `The image is damaged and cannot be read: ${USE_INSTEAD}.`);
  }

  const swapped = (meta.orientation ?? 1) >= 5;
  return {
    format,
    contentType: CONTENT_TYPES[format],
    width: swapped ? frameHeight : meta.width,
    height: swapped ? meta.width : frameHeight,
    pages: meta.pages ?? 1,
    hasAlpha: meta.hasAlpha,
    size: bytes.byteLength,
  };
}

/**
 * The uploader's file name, fit to show and to offer as a download name: NFC,
 * trimmed, at most MAX_FILENAME_LENGTH characters. Refused (MediaRejected
 * "bad_name") with a path separator, a control character or a bidirectional
 * override (which can make "gpj.exe" read as "exe.jpg"). Never used in a
 * storage key: keys are content hashes.
 */
export function sanitizeFilename(name: string): string {
  const clean = name.normalize("NFC").trim();
  if (clean === "" || clean === "." || clean === "..") throw new MediaRejected("bad_name", "The file needs a name.");
  if (/[/\\]/.test(clean)) throw new MediaRejected("bad_name", "The file name cannot contain / or \\.");
  if (/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(clean))
    throw new MediaRejected("bad_name", "The file name contains invisible control characters.");
  if ([...clean].length > MAX_FILENAME_LENGTH) throw new MediaRejected("bad_name", `The file name is longer than ${MAX_FILENAME_LENGTH} characters.`);
  return clean;
}
