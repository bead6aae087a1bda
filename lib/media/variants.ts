// The images readers get: each upload re-encoded at the widths the layouts
// use, as AVIF and WebP plus a fallback every browser reads (JPEG, or PNG for
// an image with transparency, which JPEG cannot carry). Every variant is
// turned upright by its EXIF orientation, converted to sRGB (from CMYK or an
// embedded profile such as Display P3 or Adobe RGB: browsers show untagged
// images as sRGB) and carries no metadata at all: no EXIF, no GPS position,
// no camera serial, no XMP. Widths above the original's are never made. An
// animated GIF, WebP or AVIF gives still variants of its first frame.
//
// Input is expected to have passed inspect.ts; the pixel limit is applied
// again here so that nothing else can feed sharp a bomb.
import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import { ASPECTS, focalCrop, type AspectName, type FocalPoint, type Rect, type Size } from "./crop";
import { MAX_INPUT_PIXELS } from "./inspect";

// libvips' memory is bounded for a target of 300 MB RSS with four
// 12-megapixel uploads at once on a 2-core host:
// - no operation cache: each upload differs, so the cache (50 MB and 20 open
//   files by default) would only hold memory;
// - one libvips thread per image (sharp.concurrency), each thread having
//   buffers of its own;
// - one job at a time in this process (MAX_PIPELINES, below): a job holds its
//   decoded image until its last variant is encoded, and the AVIF encoder
//   (libaom) alone takes about 140 MB for a 2400-pixel-wide image, about five
//   times what JPEG or WebP take. Running two jobs at once was measured about
//   a quarter faster and 75 MB larger. Jobs also leave libuv's thread pool
//   (4 threads, shared with file system and crypto calls) mostly free.
// Measured on Linux with four 12-megapixel JPEGs queued at once: a peak RSS of
// about 360 MB with MALLOC_ARENA_MAX=2 and 570 MB without, because glibc keeps
// freed memory in per-thread arenas; sharp's documentation recommends that
// setting (or jemalloc) on Linux servers. AVIF at 1600 pixels wide takes about
// 60 MB instead of 140 MB, should the target need it.
sharp.cache(false);
sharp.concurrency(1);
export const MAX_PIPELINES = 1;

export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1600, 2400] as const;

export type VariantFormat = "avif" | "webp" | "jpeg" | "png";

export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

const EXTENSIONS: Record<VariantFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png" };

export interface Variant {
  width: number;
  height: number;
  format: VariantFormat;
  contentType: string;
  bytes: Buffer;
}

export interface RenderedVariants {
  /** The displayed image (or crop) the variants were made from: orientation applied. */
  width: number;
  height: number;
  /** Whether any pixel is not fully opaque; the fallback is then PNG. */
  hasAlpha: boolean;
  variants: Variant[];
}

export interface CropRequest {
  aspect: Size;
  focal: FocalPoint;
}

/** sha256 of the original bytes, in hex: the same upload twice is one media item. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The widths to make for an image this wide: the layout widths up to its own, or its own alone when it is narrower than all. */
export function variantWidths(sourceWidth: number, widths: readonly number[] = VARIANT_WIDTHS): number[] {
  const fitting = [...new Set(widths)].filter((w) => w <= sourceWidth).sort((a, b) => a - b);
  return fitting.length > 0 ? fitting : [sourceWidth];
}

/** AVIF and WebP for browsers that read them, then JPEG, or PNG when there is transparency. */
export function variantFormats(hasAlpha: boolean): VariantFormat[] {
  return ["avif", "webp", hasAlpha ? "png" : "jpeg"];
}

/** Storage key of the original upload. */
export function originalKey(hash: string, format: VariantFormat | "gif"): string {
  return `${hash.slice(0, 2)}/${hash}/original.${format === "gif" ? "gif" : EXTENSIONS[format]}`;
}

/** Storage key of a variant; a crop's key names its aspect and focal point, so moving the point makes new keys. */
export function variantKey(hash: string, variant: { width: number; format: VariantFormat }, crop?: { aspect: AspectName; focal: FocalPoint }): string {
  const name = crop ? `${crop.aspect}-${crop.focal.x.toFixed(3)}-${crop.focal.y.toFixed(3)}-` : "";
  return `${hash.slice(0, 2)}/${hash}/${name}${variant.width}.${EXTENSIONS[variant.format]}`;
}

/** A queue that lets at most `limit` tasks run at once. */
function lane(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** Whole jobs: an upload's variants, or a crop. */
const inSlot = lane(MAX_PIPELINES);

const inputOptions: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1, autoOrient: true };

function encode(image: Sharp, format: VariantFormat): Sharp {
  switch (format) {
    case "avif":
      return image.avif({ quality: 50, effort: 3 });
    case "webp":
      return image.webp({ quality: 75, effort: 4 });
    case "jpeg":
      return image.jpeg({ quality: 80, mozjpeg: true });
    case "png":
      return image.png({ compressionLevel: 9 });
  }
}

interface Base {
  data: Buffer;
  info: { width: number; height: number; channels: 3 | 4 };
  /** The displayed size before resizing (of the crop, when cropping). */
  source: Size;
}

/**
 * The image decoded once: upright, cropped when asked, in sRGB, scaled down to
 * the widest output, as raw 8-bit pixels (2400 x 1600 RGBA is 15 MB). Every
 * variant is encoded from it instead of decoding the original again.
 */
async function decodeBase(input: Uint8Array, maxWidth: (sourceWidth: number) => number, crop?: CropRequest): Promise<Base> {
  const meta = await sharp(input, inputOptions).metadata();
  const upright = meta.autoOrient;
  let rect: Rect | undefined;
  if (crop) rect = focalCrop(upright, crop.focal, crop.aspect);
  const source = rect ? { width: rect.width, height: rect.height } : upright;
  let image = sharp(input, inputOptions);
  if (rect) image = image.extract(rect);
  image = image.resize({ width: Math.min(maxWidth(source.width), source.width), withoutEnlargement: true }).toColourspace("srgb");
  const { data, info } = await image.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  let channels = info.channels as 3 | 4;
  let pixels = data;
  if (channels === 4) {
    // Many PNGs carry an alpha channel with every pixel opaque: those are photos, and get a JPEG.
    const { isOpaque } = await sharp(data, { raw: { width: info.width, height: info.height, channels } }).stats();
    if (isOpaque) {
      pixels = await sharp(data, { raw: { width: info.width, height: info.height, channels } })
        .removeAlpha()
        .raw()
        .toBuffer();
      channels = 3;
    }
  }
  return { data: pixels, info: { width: info.width, height: info.height, channels }, source };
}

async function encodeFromBase(base: Base, width: number, height: number | undefined, format: VariantFormat): Promise<Variant> {
  let image = sharp(base.data, { raw: base.info });
  if (height !== undefined && (width !== base.info.width || height !== base.info.height)) image = image.resize({ width, height, fit: "fill" });
  else if (width !== base.info.width) image = image.resize({ width });
  const { data, info } = await encode(image, format).toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, format, contentType: VARIANT_CONTENT_TYPES[format], bytes: data };
}

/** Every width (of `widths` up to the image's own) in every format of variantFormats; of a focal-point crop when `crop` is given. */
export function renderVariants(input: Uint8Array, options: { widths?: readonly number[]; crop?: CropRequest } = {}): Promise<RenderedVariants> {
  return inSlot(() => render(input, options));
}

async function render(input: Uint8Array, options: { widths?: readonly number[]; crop?: CropRequest }): Promise<RenderedVariants> {
  const widths = options.widths ?? VARIANT_WIDTHS;
  const base = await decodeBase(input, (w) => Math.max(...variantWidths(w, widths)), options.crop);
  const hasAlpha = base.info.channels === 4;
  const variants: Variant[] = [];
  // One after another: an upload's variants never compete with each other for memory.
  for (const width of variantWidths(base.source.width, widths)) {
    for (const format of variantFormats(hasAlpha)) variants.push(await encodeFromBase(base, width, undefined, format));
  }
  return { width: base.source.width, height: base.source.height, hasAlpha, variants };
}

/**
 * One crop of `aspect` around the focal point, `width` wide (or the crop's own
 * width when smaller: never upscaled). A named aspect whose size is exact,
 * such as the 1200 x 630 share image, comes out at exactly that size when the
 * crop is at least that large.
 */
export function renderCrop(input: Uint8Array, aspect: AspectName | Size, focal: FocalPoint, width: number, format: VariantFormat): Promise<Variant> {
  const size = typeof aspect === "string" ? ASPECTS[aspect] : aspect;
  return inSlot(async () => {
    const base = await decodeBase(input, () => width, { aspect: size, focal });
    const outWidth = Math.min(width, base.source.width);
    const outHeight = Math.max(1, Math.round((outWidth * size.height) / size.width));
    return encodeFromBase(base, outWidth, outHeight, format);
  });
}
