import { describe, expect, it } from "vitest";
import { focalPosition, PICTURE_SIZES, type PictureVariant, pictureSources, srcSetOf } from "./picture";

const variant = (width: number, format: PictureVariant["format"]): PictureVariant => ({
  width,
  height: Math.round((width * 2) / 3),
  format,
  url: `/media/m/abc/${width}.${format === "jpeg" ? "jpg" : format}`,
});
const every = (formats: PictureVariant["format"][], widths = [320, 640, 960]) => widths.flatMap((w) => formats.map((f) => variant(w, f)));

describe("srcSetOf", () => {
  it("lists each width once, narrowest first, whatever the order given", () => {
    expect(srcSetOf([variant(960, "jpeg"), variant(320, "jpeg"), variant(640, "jpeg")])).toBe(
      "/media/m/abc/320.jpg 320w, /media/m/abc/640.jpg 640w, /media/m/abc/960.jpg 960w",
    );
    expect(srcSetOf([variant(320, "jpeg"), { ...variant(320, "jpeg"), url: "/other.jpg" }])).toBe("/media/m/abc/320.jpg 320w");
    expect(srcSetOf([])).toBe("");
  });
});

describe("pictureSources", () => {
  it("offers AVIF, then WebP, and keeps the stills for the <img>", () => {
    const { sources, img } = pictureSources(every(["avif", "webp", "jpeg"]), "/media/m/abc/960.jpg");
    expect(sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(sources[0].srcSet).toBe("/media/m/abc/320.avif 320w, /media/m/abc/640.avif 640w, /media/m/abc/960.avif 960w");
    expect(sources[1].srcSet).toBe("/media/m/abc/320.webp 320w, /media/m/abc/640.webp 640w, /media/m/abc/960.webp 960w");
    expect(img).toEqual({ src: "/media/m/abc/960.jpg", srcSet: "/media/m/abc/320.jpg 320w, /media/m/abc/640.jpg 640w, /media/m/abc/960.jpg 960w" });
  });

  it("uses PNG stills for an image with transparency", () => {
    const { img } = pictureSources(every(["avif", "webp", "png"], [320]), "/media/m/abc/320.png");
    expect(img.srcSet).toBe("/media/m/abc/320.png 320w");
  });

  it("sends no empty <source> and no srcset while there are no variants of a kind", () => {
    expect(pictureSources(every(["webp", "jpeg"], [640]), "/x.jpg").sources.map((s) => s.type)).toEqual(["image/webp"]);
    expect(pictureSources([], "/original.jpg")).toEqual({ sources: [], img: { src: "/original.jpg", srcSet: undefined } });
  });
});

describe("focalPosition", () => {
  it("places the focal point in percent of the picture, clamped to it", () => {
    expect(focalPosition({ x: 0.5, y: 0.5 })).toBe("50% 50%");
    expect(focalPosition({ x: 0.123, y: 0.8 })).toBe("12.3% 80%");
    expect(focalPosition({ x: -1, y: 2 })).toBe("0% 100%");
  });
});

describe("PICTURE_SIZES", () => {
  it("gives every layout a sizes value that ends in a width for any viewport", () => {
    for (const sizes of Object.values(PICTURE_SIZES)) expect(sizes.split(",").at(-1)!.trim()).toMatch(/^\d+(\.\d+)?(vw|px|rem)$/);
  });
});
