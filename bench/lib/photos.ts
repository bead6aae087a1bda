// Photo-like JPEGs for the media benchmark, made on the spot with sharp: a
// smooth scene (gradients and soft shapes, as a photo's large areas are),
// fine texture and sensor-like noise on top, so the encoder meets what a camera's file holds
// and a 12-megapixel frame weighs about what a real one does. Each `seed`
// gives different bytes (uploads of the same bytes are stored once).
import sharp from "sharp";

/** A width x height JPEG (quality 92, 4:2:0, as cameras write) unique to `seed`. */
export async function photoJpeg(width: number, height: number, seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let state = (seed * 2654435761) >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const cx = width * (0.3 + 0.4 * random());
  const cy = height * (0.3 + 0.4 * random());
  const radius = Math.min(width, height) * 0.35;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const d = Math.hypot(x - cx, y - cy) / radius;
      const glow = d < 1 ? (1 - d) * 90 : 0;
      // Fabric, hair, foliage: detail at a few pixels' scale that survives downscaling, as in a real frame.
      const detail = 30 * Math.sin(x / 5 + 3 * Math.sin(y / 17)) * Math.cos(y / 9 + 2 * Math.sin(x / 29));
      const noise = (random() - 0.5) * 24;
      pixels[i] = clamp(40 + (x / width) * 120 + glow + detail + noise);
      pixels[i + 1] = clamp(30 + (y / height) * 100 + glow * 0.7 + detail * 0.8 + noise);
      pixels[i + 2] = clamp(70 + ((x + y) / (width + height)) * 90 + detail * 0.6 + noise);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92, chromaSubsampling: "4:2:0" })
    .toBuffer();
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));
