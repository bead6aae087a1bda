import { describe, expect, it } from "vitest";
import { shareSourceUrl } from "./share-image";

const fallback = { url: "/media/m/ab/original.jpg", width: 3000, height: 2000, type: "image/jpeg", bytes: 900_000 };
const v = (width: number, format: "avif" | "webp" | "jpeg" | "png") => ({ width, height: width, format, url: `/media/m/ab/${width}.${format}`, bytes: 1 });

describe("shareSourceUrl", () => {
  it("cuts from the narrowest still variant at least 1200 wide", () => {
    expect(shareSourceUrl({ fallback, variants: [v(2400, "jpeg"), v(960, "jpeg"), v(1280, "avif"), v(1280, "jpeg"), v(1600, "jpeg")] })).toBe(
      "/media/m/ab/1280.jpeg",
    );
  });

  it("takes the widest still of a smaller image, and a PNG when that is the still", () => {
    expect(shareSourceUrl({ fallback, variants: [v(320, "png"), v(640, "png"), v(640, "webp")] })).toBe("/media/m/ab/640.png");
  });

  it("uses the original while there are no variants", () => {
    expect(shareSourceUrl({ fallback, variants: [] })).toBe(fallback.url);
  });
});
