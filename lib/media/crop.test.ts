import { describe, expect, it } from "vitest";
import { ASPECTS, CENTRE, focalCrop } from "./crop";

describe("focalCrop", () => {
  it("cuts the sides of a wide image at full height, centred on a centred focal point", () => {
    expect(focalCrop({ width: 4000, height: 1000 }, CENTRE, ASPECTS.rail)).toEqual({ left: 1500, top: 0, width: 1000, height: 1000 });
  });

  it("cuts top and bottom of a tall image at full width", () => {
    // 1000 / (16/9) = 562.5, rounded.
    expect(focalCrop({ width: 1000, height: 3000 }, CENTRE, ASPECTS.card)).toEqual({ left: 0, top: 1219, width: 1000, height: 563 });
  });

  it("centres the crop on the focal point when the edges allow", () => {
    expect(focalCrop({ width: 4000, height: 1000 }, { x: 0.3, y: 0.5 }, ASPECTS.rail)).toEqual({ left: 700, top: 0, width: 1000, height: 1000 });
    expect(focalCrop({ width: 1000, height: 3000 }, { x: 0.5, y: 0.25 }, ASPECTS.card).top).toBe(Math.round(750 - 563 / 2));
  });

  it("slides the crop against the edge instead of leaving the image, keeping the point in frame", () => {
    const near = focalCrop({ width: 4000, height: 1000 }, { x: 0.9, y: 0.5 }, ASPECTS.rail);
    expect(near).toEqual({ left: 3000, top: 0, width: 1000, height: 1000 });
    expect(0.9 * 4000).toBeGreaterThanOrEqual(near.left);
    expect(focalCrop({ width: 4000, height: 1000 }, { x: 0.05, y: 0.5 }, ASPECTS.rail).left).toBe(0);
  });

  it("handles the extreme focal points, corners included", () => {
    const source = { width: 3000, height: 2000 };
    expect(focalCrop(source, { x: 0, y: 0 }, ASPECTS.rail)).toEqual({ left: 0, top: 0, width: 2000, height: 2000 });
    expect(focalCrop(source, { x: 1, y: 1 }, ASPECTS.rail)).toEqual({ left: 1000, top: 0, width: 2000, height: 2000 });
    const tall = { width: 2000, height: 3000 };
    expect(focalCrop(tall, { x: 1, y: 1 }, ASPECTS.card)).toEqual({ left: 0, top: 3000 - 1125, width: 2000, height: 1125 });
    expect(focalCrop(tall, { x: 0, y: 0 }, ASPECTS.card)).toEqual({ left: 0, top: 0, width: 2000, height: 1125 });
  });

  it("makes the 1200 x 630 share image's shape", () => {
    const rect = focalCrop({ width: 4000, height: 3000 }, CENTRE, ASPECTS.share);
    expect(rect).toEqual({ left: 0, top: 450, width: 4000, height: 2100 });
    expect(rect.width / rect.height).toBeCloseTo(1200 / 630, 3);
  });

  it("takes the whole image when it already has the aspect, and copes with a 1-pixel image", () => {
    expect(focalCrop({ width: 1600, height: 900 }, { x: 0.9, y: 0.1 }, ASPECTS.card)).toEqual({ left: 0, top: 0, width: 1600, height: 900 });
    expect(focalCrop({ width: 1, height: 1 }, CENTRE, ASPECTS.card)).toEqual({ left: 0, top: 0, width: 1, height: 1 });
  });

  it("always stays inside the image", () => {
    for (const [w, h] of [
      [4000, 3000],
      [3000, 4000],
      [1201, 631],
      [17, 5000],
      [5000, 17],
    ])
      for (const aspect of Object.values(ASPECTS))
        for (const x of [0, 0.01, 0.33, 0.5, 0.99, 1])
          for (const y of [0, 0.5, 1]) {
            const r = focalCrop({ width: w, height: h }, { x, y }, aspect);
            expect(r.left).toBeGreaterThanOrEqual(0);
            expect(r.top).toBeGreaterThanOrEqual(0);
            expect(r.left + r.width).toBeLessThanOrEqual(w);
            expect(r.top + r.height).toBeLessThanOrEqual(h);
            expect(r.width === w || r.height === h).toBe(true);
          }
  });

  it("refuses focal points off the image and sizes that are not sizes", () => {
    expect(() => focalCrop({ width: 100, height: 100 }, { x: 1.2, y: 0.5 }, ASPECTS.card)).toThrow(RangeError);
    expect(() => focalCrop({ width: 100, height: 100 }, { x: Number.NaN, y: 0.5 }, ASPECTS.card)).toThrow(RangeError);
    expect(() => focalCrop({ width: 0, height: 100 }, CENTRE, ASPECTS.card)).toThrow(RangeError);
    expect(() => focalCrop({ width: 100, height: 100 }, CENTRE, { width: 0, height: 9 })).toThrow(RangeError);
  });
});
