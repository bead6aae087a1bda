"use client";
// Setting an image's focal point: click the subject, or focus the image and
// move the marker with the arrow keys (Shift for bigger steps). The point is
// x and y from the top left, each 0 to 1, as lib/media stores it.
import { useRef } from "react";

export type FocalPoint = { x: number; y: number };

const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
const percent = (v: number) => `${Math.round(v * 100)}%`;
export const describeFocal = (p: FocalPoint) => `${percent(p.x)} from the left, ${percent(p.y)} from the top`;

const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

type Props = { src: string; alt: string; value: FocalPoint; onChange: (point: FocalPoint) => void; disabled?: boolean; label?: string };

export function FocalPointPicker({ src, alt, value, onChange, disabled = false, label = "Focal point" }: Props) {
  const frame = useRef<HTMLDivElement>(null);

  function onClick(event: React.MouseEvent) {
    const box = frame.current?.getBoundingClientRect();
    if (disabled || !box?.width || !box.height) return;
    onChange({ x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) });
    frame.current?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const step = steps[event.key];
    if (disabled || !step) return;
    event.preventDefault();
    const size = event.shiftKey ? 0.1 : 0.01;
    onChange({ x: clamp(value.x + step[0] * size), y: clamp(value.y + step[1] * size) });
  }

  return (
    <div className="flex flex-col gap-1">
      <div
        ref={frame}
        role="application"
        tabIndex={disabled ? -1 : 0}
        aria-label={`${label}: ${describeFocal(value)}. Click the subject, or use the arrow keys (Shift for bigger steps).`}
        aria-disabled={disabled || undefined}
        onClick={onClick}
        onKeyDown={onKeyDown}
        className={`relative inline-block max-w-full self-start overflow-hidden rounded outline-offset-2 focus-visible:outline-2 focus-visible:outline-marquee-600 ${disabled ? "" : "cursor-crosshair"}`}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the dashboard shows the stored file itself */}
        <img src={src} alt={alt} draggable={false} className="block max-h-96 w-auto max-w-full select-none" />
        <span
          aria-hidden="true"
          data-testid="focal-marker"
          className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-marquee-600/60 shadow-[0_0_0_2px_rgba(0,0,0,0.6)]"
          style={{ left: percent(value.x), top: percent(value.y) }}
        />
      </div>
      <p className="text-xs text-zinc-600" aria-live="polite">
        {label}: {describeFocal(value)}
      </p>
    </div>
  );
}
