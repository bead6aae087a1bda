import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pngClaiming } from "@/tests/media-images";
import { checkKey } from "./storage";
import { contentHash, originalKey, renderCrop, renderVariants, VARIANT_WIDTHS, variantFormats, variantKey, variantWidths, type Variant } from "./variants";

type Rgb = { r: number; g: number; b: number };
const RED = { r: 220, g: 20, b: 20 };
const BLUE = { r: 20, g: 20, b: 220 };
const GREEN = { r: 20, g: 200, b: 20 };

const solid = (width: number, height: number, background: Rgb = RED) => sharp({ create: { width, height, channels: 3, background } });

/** Side by side: `left` on the left `split` pixels, `right` on the rest. */
async function twoTone(width: number, height: number, split: number, left: Rgb, right: Rgb) {
  const rightPart = await solid(width - split, height, right)
    .png()
    .toBuffer();
  return solid(width, height, left).composite([{ input: rightPart, left: split, top: 0 }]);
}

async function pixel(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + info.channels)];
}

const near = (actual: number[], expected: Rgb, tolerance = 24) =>
  Math.abs(actual[0] - expected.r) <= tolerance && Math.abs(actual[1] - expected.g) <= tolerance && Math.abs(actual[2] - expected.b) <= tolerance;

async function checkVariant(variant: Variant) {
  const meta = await sharp(variant.bytes).metadata();
  expect({ format: meta.format, compression: meta.compression, width: meta.width, height: meta.height }).toEqual({
    format: variant.format === "avif" ? "heif" : variant.format,
    compression: variant.format === "avif" ? "av1" : undefined,
    width: variant.width,
    height: variant.height,
  });
  expect(variant.contentType).toBe(`image/${variant.format}`);
  return meta;
}

describe("variantWidths and variantFormats", () => {
  it("keeps the layout widths up to the original's and never upscales", () => {
    expect(VARIANT_WIDTHS).toEqual([320, 640, 960, 1280, 1600, 2400]);
    expect(variantWidths(6000)).toEqual([320, 640, 960, 1280, 1600, 2400]);
    expect(variantWidths(1280)).toEqual([320, 640, 960, 1280]);
    expect(variantWidths(1000)).toEqual([320, 640, 960]);
    expect(variantWidths(200)).toEqual([200]);
  });
  it("falls back to JPEG, or PNG for transparency", () => {
    expect(variantFormats(false)).toEqual(["avif", "webp", "jpeg"]);
    expect(variantFormats(true)).toEqual(["avif", "webp", "png"]);
  });
});

describe("renderVariants", () => {
  it("makes every width up to the original in AVIF, WebP and JPEG, with the original's proportions", async () => {
    const input = await solid(2600, 1950).jpeg().toBuffer();
    const result = await renderVariants(input);
    expect(result).toMatchObject({ width: 2600, height: 1950, hasAlpha: false });
    expect(result.variants.map((v) => `${v.format}@${v.width}x${v.height}`)).toEqual(
      [320, 640, 960, 1280, 1600, 2400].flatMap((w) => ["avif", "webp", "jpeg"].map((f) => `${f}@${w}x${Math.round((w * 3) / 4)}`)),
    );
    for (const variant of result.variants) await checkVariant(variant);
  }, 120_000);

  it("never upscales a small image", async () => {
    const result = await renderVariants(await solid(700, 350).png().toBuffer());
    expect(result.variants.map((v) => v.width)).toEqual([320, 320, 320, 640, 640, 640]);
    const tiny = await renderVariants(await solid(150, 100).webp().toBuffer());
    expect(tiny.variants.map((v) => [v.width, v.height])).toEqual([
      [150, 100],
      [150, 100],
      [150, 100],
    ]);
  }, 60_000);

  it("turns the photo by its EXIF orientation, then strips EXIF and GPS", async () => {
    // 200 x 100, red left and blue right; orientation 6 means "turn 90 degrees clockwise to show".
    const input = await (
      await twoTone(200, 100, 100, RED, BLUE)
    )
      .jpeg()
      .withExif({
        IFD0: { Copyright: "Marquee test", Make: "TestCam" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1", GPSLongitudeRef: "E", GPSLongitude: "2/1 21/1 7/1" },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from("TestCam"))).toBe(true);
    expect(before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer tag
    expect(before.exif?.includes(Buffer.from("Marquee test"))).toBe(true);

    const result = await renderVariants(input, { widths: [320] });
    expect(result).toMatchObject({ width: 100, height: 200 });
    for (const variant of result.variants) {
      expect([variant.width, variant.height]).toEqual([100, 200]);
      const meta = await checkVariant(variant);
      expect(meta.exif, variant.format).toBeUndefined();
      expect(meta.orientation, variant.format).toBeUndefined();
      expect(meta.xmp, variant.format).toBeUndefined();
      expect(meta.iptc, variant.format).toBeUndefined();
      expect(variant.bytes.includes(Buffer.from("TestCam"))).toBe(false);
      // Turned clockwise, the left (red) half is now on top.
      expect(near(await pixel(variant.bytes, 50, 40), RED), variant.format).toBe(true);
      expect(near(await pixel(variant.bytes, 50, 160), BLUE), variant.format).toBe(true);
    }
  }, 60_000);

  it("converts Display P3 to sRGB and drops the profile, where an sRGB image keeps its values", async () => {
    // sRGB (200, 100, 50) written as Display P3: stored as other numbers, with the P3 profile saying what they mean.
    const colour = { r: 200, g: 100, b: 50 };
    const p3 = await solid(64, 64, colour).withIccProfile("p3").png().toBuffer();
    expect((await sharp(p3).metadata()).hasProfile).toBe(true);
    const stored = await pixel(await sharp(p3, { ignoreIcc: true }).png().toBuffer(), 32, 32);
    expect(near(stored, colour, 8)).toBe(false);
    for (const variant of (await renderVariants(p3, { widths: [64] })).variants) {
      const meta = await checkVariant(variant);
      expect([meta.space, meta.hasProfile], variant.format).toEqual(["srgb", false]);
      // Untagged output is read as sRGB, so it must carry the sRGB numbers of the colour, not the stored P3 ones.
      expect(near(await pixel(variant.bytes, 32, 32), colour, 4), variant.format).toBe(true);
    }

    const srgb = await solid(64, 64, colour).png().toBuffer();
    const fromSrgb = (await renderVariants(srgb, { widths: [64] })).variants.find((v) => v.format === "jpeg")!;
    expect(near(await pixel(fromSrgb.bytes, 32, 32), colour, 4)).toBe(true);
  }, 60_000);

  it("converts a CMYK JPEG to sRGB", async () => {
    const cmyk = await solid(64, 64, GREEN).toColourspace("cmyk").jpeg().toBuffer();
    const before = await sharp(cmyk).metadata();
    expect([before.space, before.channels]).toEqual(["cmyk", 4]);
    // The green as it comes back from CMYK (a smaller gamut), by libvips' own CMYK-to-sRGB transform.
    const [r, g, b] = await pixel(await sharp(cmyk).toColourspace("srgb").png().toBuffer(), 32, 32);
    expect(g).toBeGreaterThan(r + 40);
    for (const variant of (await renderVariants(cmyk, { widths: [64] })).variants) {
      const meta = await checkVariant(variant);
      expect([meta.space, meta.channels], variant.format).toEqual(["srgb", 3]);
      expect(near(await pixel(variant.bytes, 32, 32), { r, g, b }, 6), variant.format).toBe(true);
    }
  }, 60_000);

  it("keeps transparency in AVIF, WebP and a PNG fallback, and treats an all-opaque alpha channel as a photo", async () => {
    const clear = await sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const transparent = await renderVariants(clear, { widths: [320] });
    expect(transparent.hasAlpha).toBe(true);
    expect(transparent.variants.map((v) => v.format)).toEqual(["avif", "webp", "png"]);
    for (const variant of transparent.variants) expect((await checkVariant(variant)).hasAlpha, variant.format).toBe(true);

    const opaque = await sharp({ create: { width: 400, height: 200, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 1 } } })
      .png()
      .toBuffer();
    const photo = await renderVariants(opaque, { widths: [320] });
    expect(photo.hasAlpha).toBe(false);
    expect(photo.variants.map((v) => v.format)).toEqual(["avif", "webp", "jpeg"]);
  }, 60_000);

  it("refuses an image over the pixel limit instead of decoding it", async () => {
    const big = pngClaiming(50_000, 50_000);
    await expect(renderVariants(big)).rejects.toThrow(/pixel limit/);
  });

  it("makes the variants of a focal-point crop", async () => {
    // 1600 x 400: red, with the right quarter green. A square around a point in the green keeps only green.
    const input = await (await twoTone(1600, 400, 1200, RED, GREEN)).png().toBuffer();
    const result = await renderVariants(input, { widths: [320], crop: { aspect: { width: 1, height: 1 }, focal: { x: 0.95, y: 0.5 } } });
    expect(result).toMatchObject({ width: 400, height: 400 });
    for (const variant of result.variants) {
      expect([variant.width, variant.height]).toEqual([320, 320]);
      for (const x of [2, 160, 317]) expect(near(await pixel(variant.bytes, x, 160), GREEN), `${variant.format} x=${x}`).toBe(true);
    }
  }, 60_000);
});

describe("renderCrop", () => {
  it("makes the 1200 x 630 share image around the focal point", async () => {
    // 2400 x 2400: top half blue, bottom half red (a two-tone turned on its side).
    const sideways = await (await twoTone(2400, 2400, 1200, BLUE, RED)).png().toBuffer();
    const input = await sharp(sideways).rotate(90).png().toBuffer();
    const share = await renderCrop(input, "share", { x: 0.5, y: 0.1 }, 1200, "jpeg");
    expect([share.width, share.height, share.format]).toEqual([1200, 630, "jpeg"]);
    await checkVariant(share);
    // The crop (2400 x 1260) sits at the top: blue down to 1200 of 1260 rows, so nearly all of the output.
    expect(near(await pixel(share.bytes, 600, 20), BLUE)).toBe(true);
    expect(near(await pixel(share.bytes, 600, 560), BLUE)).toBe(true);
    expect(near(await pixel(share.bytes, 600, 625), RED)).toBe(true);
  }, 60_000);

  it("crops in the upright image of a photo with an EXIF orientation", async () => {
    // Stored 400 x 200 with red left and blue right, shown 200 x 400 with red on top.
    const input = await (await twoTone(400, 200, 200, RED, BLUE)).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const top = await renderCrop(input, "rail", { x: 0.5, y: 0 }, 200, "png");
    const bottom = await renderCrop(input, "rail", { x: 0.5, y: 1 }, 200, "png");
    expect([top.width, top.height]).toEqual([200, 200]);
    expect(near(await pixel(top.bytes, 100, 100), RED)).toBe(true);
    expect(near(await pixel(bottom.bytes, 100, 100), BLUE)).toBe(true);
  }, 60_000);

  it("does not upscale a crop smaller than the width asked", async () => {
    const crop = await renderCrop(await solid(800, 800).jpeg().toBuffer(), "card", { x: 0.5, y: 0.5 }, 1280, "webp");
    expect([crop.width, crop.height]).toEqual([800, 450]);
  }, 60_000);
});

describe("contentHash and keys", () => {
  it("is the sha256 of the original bytes, in hex", () => {
    expect(contentHash(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(contentHash(Buffer.from("abd"))).not.toBe(contentHash(Buffer.from("abc")));
  });
  it("names storage keys the storage accepts, apart per focal point", () => {
    const hash = contentHash(Buffer.from("photo"));
    expect(checkKey(originalKey(hash, "jpeg"))).toBe(`${hash.slice(0, 2)}/${hash}/original.jpg`);
    expect(checkKey(variantKey(hash, { width: 640, format: "avif" }))).toBe(`${hash.slice(0, 2)}/${hash}/640.avif`);
    const a = variantKey(hash, { width: 640, format: "webp" }, { aspect: "card", focal: { x: 0.25, y: 0.5 } });
    const b = variantKey(hash, { width: 640, format: "webp" }, { aspect: "card", focal: { x: 0.3, y: 0.5 } });
    expect(checkKey(a)).toBe(`${hash.slice(0, 2)}/${hash}/card-0.250-0.500-640.webp`);
    expect(a).not.toBe(b);
  });
});
