import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { busyJpeg, compressedGiantPng, pngClaiming } from "@/tests/media-images";
import { containsActiveContent, inspectImage, MAX_UPLOAD_BYTES, MediaRejected, sanitizeFilename, sniffType, type RejectReason } from "./inspect";

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 90 } } });

async function rejection(bytes: Uint8Array): Promise<MediaRejected> {
  try {
    await inspectImage(bytes);
  } catch (error) {
    if (error instanceof MediaRejected) return error;
    throw error;
  }
  throw new Error("the upload was accepted");
}

async function expectRejected(bytes: Uint8Array, reason: RejectReason, message?: RegExp) {
  const error = await rejection(bytes);
  expect(error.reason).toBe(reason);
  if (message) expect(error.message).toMatch(message);
  return error;
}

let jpeg: Buffer;

beforeAll(async () => {
  jpeg = await busyJpeg(300, 200);
});

describe("inspectImage accepts", () => {
  it("JPEG, PNG, WebP, GIF and AVIF, with their real type and size", async () => {
    const image = solid(64, 48);
    const made = {
      jpeg: await image.clone().jpeg().toBuffer(),
      png: await image.clone().png().toBuffer(),
      webp: await image.clone().webp().toBuffer(),
      gif: await image.clone().gif().toBuffer(),
      avif: await image.clone().avif().toBuffer(),
    };
    for (const [format, bytes] of Object.entries(made)) {
      const inspected = await inspectImage(bytes);
      expect(inspected, format).toMatchObject({ format, contentType: `image/${format}`, width: 64, height: 48, pages: 1, size: bytes.length });
    }
  });

  it("reports the displayed size of a photo turned by its EXIF orientation", async () => {
    const turned = await solid(60, 40).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await inspectImage(turned)).toMatchObject({ width: 40, height: 60 });
  });

  it("reports transparency", async () => {
    const clear = await sharp({ create: { width: 8, height: 8, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    expect((await inspectImage(clear)).hasAlpha).toBe(true);
  });
});

describe("inspectImage refuses", () => {
  it("an empty file and a file over 25 MB (413)", async () => {
    expect(MAX_UPLOAD_BYTES).toBe(25 * 1024 * 1024);
    await expectRejected(new Uint8Array(0), "empty");
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(jpeg.subarray(0, 3));
    const error = await expectRejected(big, "too_large", /25 MB/);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(413);
  });

  it("SVG, which can carry script, with or without an XML declaration", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    const error = await expectRejected(Buffer.from(svg), "svg", /use JPEG, PNG, WebP, GIF or AVIF/);
    expect(error.status).toBe(422);
    await expectRejected(Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- drawn -->\n<!DOCTYPE svg>\n${svg}`), "svg");
  });

  it("HEIC photos (an ftyp box of brand heic), which sharp cannot read", async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from("ftypheic", "latin1"),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from("mif1heic", "latin1"),
      Buffer.alloc(64),
    ]);
    await expectRejected(heic, "unsupported", /HEIC.*JPEG/);
    // A generic HEIF (mif1 alone) is refused the same way.
    await expectRejected(Buffer.concat([Buffer.from([0, 0, 0, 0x10]), Buffer.from("ftypmif1", "latin1"), Buffer.alloc(68)]), "unsupported");
  });

  it("images of other formats sharp could read, such as TIFF", async () => {
    await expectRejected(await solid(16, 16).tiff().toBuffer(), "unsupported", /TIFF.*use JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("a text file named .jpg, and other things that are no image at all", async () => {
    await expectRejected(Buffer.from("Cannes 2026 line-up: see attached.\n"), "not_image", /not an image/);
    await expectRejected(Buffer.from("%PDF-1.7\n1 0 obj"), "not_image");
    await expectRejected(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom", "latin1"), Buffer.alloc(64)]), "not_image");
  });

  it("a truncated JPEG, whose header alone looks fine", async () => {
    const cut = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect((await sharp(cut).metadata()).width).toBe(300);
    await expectRejected(cut, "truncated", /incomplete/);
  });

  it("a damaged file that starts like a PNG", async () => {
    const png = await solid(16, 16).png().toBuffer();
    const damaged = Buffer.concat([png.subarray(0, 8), Buffer.alloc(200, 0x41)]);
    await expectRejected(damaged, "corrupt");
  });

  it("a decompression bomb from its header, before decoding: a hand-made PNG claiming 50,000 x 50,000", async () => {
    const bomb = pngClaiming(50_000, 50_000);
    expect(bomb.length).toBeLessThan(1000);
    await expectRejected(bomb, "too_many_pixels", /50000 x 50000 pixels; at most 100 megapixels/);
  });

  it("a real image over 100 megapixels, made small by compression", async () => {
    const bomb = await compressedGiantPng();
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    await expectRejected(bomb, "too_many_pixels", /11000 x 10000/);
  }, 30_000);

  it("polyglots: an image carrying script or PHP in a comment or after its end", async () => {
    const afterEnd = Buffer.concat([jpeg, Buffer.from("<script>fetch('/admin')</script>")]);
    expect((await sharp(afterEnd).metadata()).format).toBe("jpeg");
    await expectRejected(afterEnd, "polyglot", /script code/);
    const php = Buffer.from("<?PHP system($_GET['c']); ?>", "latin1");
    const comment = Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe, 0, php.length + 2]), php, jpeg.subarray(2)]);
    await expectRejected(comment, "polyglot");
    const gifHtml = Buffer.concat([await solid(4, 4).gif().toBuffer(), Buffer.from("<!DOCTYPE html><p>hi")]);
    await expectRejected(gifHtml, "polyglot");
  });
});

describe("sniffType", () => {
  it("goes by the bytes: AVIF by its brands, HEIC apart, MP4 unknown", () => {
    const ftyp = (...brands: string[]) =>
      Buffer.concat([
        Buffer.from([0, 0, 0, 8 + 4 * brands.length + 4]),
        Buffer.from("ftyp", "latin1"),
        Buffer.from(brands[0], "latin1"),
        Buffer.alloc(4),
        ...brands.slice(1).map((b) => Buffer.from(b, "latin1")),
      ]);
    expect(sniffType(ftyp("avif", "mif1", "miaf"))).toEqual({ kind: "image", format: "avif" });
    expect(sniffType(ftyp("mif1", "avif"))).toEqual({ kind: "image", format: "avif" });
    expect(sniffType(ftyp("heic", "mif1"))).toEqual({ kind: "heif" });
    expect(sniffType(ftyp("isom", "mp41"))).toEqual({ kind: "unknown" });
    expect(sniffType(Buffer.from("GIF89a......"))).toEqual({ kind: "image", format: "gif" });
    expect(sniffType(Buffer.from("<html><svg></svg></html>"))).toEqual({ kind: "svg" });
    expect(sniffType(Buffer.from("<p>no drawing here</p>"))).toEqual({ kind: "unknown" });
  });
});

describe("containsActiveContent", () => {
  it("finds markup and PHP in any case, and not in ordinary text", () => {
    expect(containsActiveContent(Buffer.from("....<ScRiPt src=x>"))).toBe(true);
    expect(containsActiveContent(Buffer.from("....<?php"))).toBe(true);
    expect(containsActiveContent(Buffer.from("....<iframe"))).toBe(true);
    expect(containsActiveContent(Buffer.from("a < b; x <scrip t"))).toBe(false);
  });
});

describe("sanitizeFilename", () => {
  it("keeps an ordinary name, trimmed and in NFC", () => {
    expect(sanitizeFilename("  Red carpet – Cannes 2026.jpg ")).toBe("Red carpet – Cannes 2026.jpg");
    expect(sanitizeFilename("Beyonce\u0301.png")).toBe("Beyoncé.png");
    expect(sanitizeFilename("still..final.JPG")).toBe("still..final.JPG");
  });

  it("refuses path separators, control characters, bidirectional overrides, and no name", () => {
    for (const name of [
      "../etc/passwd",
      "a/b.jpg",
      "a\\b.jpg",
      "a\u0000.jpg",
      "line\nbreak.jpg",
      "tab\t.jpg",
      "gpj\u202Eexe.jpg",
      "",
      "  ",
      ".",
      "..",
      "x".repeat(201),
    ]) {
      let error: unknown;
      try {
        sanitizeFilename(name);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(name)).toBeInstanceOf(MediaRejected);
      expect((error as MediaRejected).reason).toBe("bad_name");
    }
  });
});
