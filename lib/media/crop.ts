// Focal-point crops: the largest rectangle of a given aspect that fits the
// image, placed so the focal point (what must stay in frame, chosen by the
// editor) is as near its centre as the image's edges allow. Pure arithmetic,
// with no server dependency: the editor's crop preview may use it as well as
// variants.ts.

export interface Size {
  width: number;
  height: number;
}

/** In pixels of the displayed image (EXIF orientation applied). */
export interface Rect extends Size {
  left: number;
  top: number;
}

/** x from the left edge, y from the top, each 0 to 1; { x: 0.5, y: 0.5 } is the centre. */
export interface FocalPoint {
  x: number;
  y: number;
}

export const CENTRE: FocalPoint = { x: 0.5, y: 0.5 };

/** The crops the layouts use, as aspect ratios; `share` is the Open Graph image's exact size. */
export const ASPECTS = {
  card: { width: 16, height: 9 },
  rail: { width: 1, height: 1 },
  share: { width: 1200, height: 630 },
} as const satisfies Record<string, Size>;

export type AspectName = keyof typeof ASPECTS;

const isDimension = (n: number) => Number.isInteger(n) && n > 0;

/** The crop rectangle of `aspect` in an image of `source` size that keeps `focal` in frame, centred when the edges allow. */
export function focalCrop(source: Size, focal: FocalPoint, aspect: Size): Rect {
  if (!isDimension(source.width) || !isDimension(source.height)) throw new RangeError(`Bad image size ${source.width} x ${source.height}`);
  if (!(aspect.width > 0 && aspect.height > 0 && Number.isFinite(aspect.width / aspect.height)))
    throw new RangeError(`Bad aspect ${aspect.width}:${aspect.height}`);
  if (!(focal.x >= 0 && focal.x <= 1 && focal.y >= 0 && focal.y <= 1)) throw new RangeError(`Focal point out of the image: ${focal.x}, ${focal.y}`);

  const ratio = aspect.width / aspect.height;
  let width: number;
  let height: number;
  if (source.width / source.height > ratio) {
    // Wider than the aspect: full height, cut the sides.
    height = source.height;
    width = Math.min(source.width, Math.max(1, Math.round(height * ratio)));
  } else {
    // Taller (or equal): full width, cut top and bottom.
    width = source.width;
    height = Math.min(source.height, Math.max(1, Math.round(width / ratio)));
  }
  const place = (focus: number, extent: number, full: number) => Math.min(full - extent, Math.max(0, Math.round(focus * full - extent / 2)));
  return { left: place(focal.x, width, source.width), top: place(focal.y, height, source.height), width, height };
}
