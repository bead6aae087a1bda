// How the crops readers see frame an image around its focal point: the 16:9
// card, the 1:1 rail and the 1200x630 share image, previewed with
// object-position (the crops lib/media makes keep the same point in frame).
import type { FocalPoint } from "./focal-point-picker";

const crops = [
  { name: "Card 16:9", ratio: "16 / 9" },
  { name: "Rail 1:1", ratio: "1 / 1" },
  { name: "Share 1200×630", ratio: "1200 / 630" },
] as const;

export function CropPreviews({ src, focal }: { src: string; focal: FocalPoint }) {
  return (
    <ul className="grid grid-cols-3 gap-3" aria-label="Crops">
      {crops.map((c) => (
        <li key={c.name} className="flex flex-col gap-1 text-xs text-zinc-600">
          {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the stored file */}
          <img
            src={src}
            alt=""
            className="w-full rounded border border-zinc-200 object-cover"
            style={{ aspectRatio: c.ratio, objectPosition: `${focal.x * 100}% ${focal.y * 100}%` }}
          />
          {c.name}
        </li>
      ))}
    </ul>
  );
}
