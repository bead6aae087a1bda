// Images for the media tests, made on the spot: forged headers built by hand
// (no binary fixtures in the repository) and photos made with sharp.
import sharp from "sharp";
import { crc32, deflateSync } from "node:zlib";

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny, well-formed PNG whose header claims width x height: a decompression bomb's opening, built by hand. */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(width + 1))), // one row; a real bomb's stream would go on
    pngChunk("IEND", new Uint8Array(0)),
  ]);
}

/** A real 11,000 x 10,000 (110 megapixel) PNG of one colour: about 300 KB. Takes sharp 2 to 4 seconds. */
export function compressedGiantPng(): Promise<Buffer> {
  return sharp({ create: { width: 11_000, height: 10_000, channels: 3, background: "#000" } })
    .greyscale()
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Busy pixels: a JPEG of them has entropy-coded data all the way to its end, so a cut is noticed. */
export function busyJpeg(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 5) * 104729) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}
