"use client";
// The hero image: an item of the media library, uploaded here (drop, paste,
// pick) or chosen from the library; its alt text and credit for this story
// (empty: the library's own), and its focal point, which every crop keeps.
import { useState } from "react";
import { FocalPointPicker } from "@/components/admin/media/focal-point-picker";
import { LibraryDialog } from "@/components/admin/media/library-dialog";
import type { MediaItem } from "@/components/admin/media/media-client";
import { pickVariantUrl } from "@/components/admin/media/thumbnail";
import { UploadZone } from "@/components/admin/media/upload-zone";
import { useMediaItem } from "@/components/admin/media/use-media-item";
import { TextField } from "./field";
import { HeroAddressForm } from "./hero-address-form";

type Props = {
  mediaId: string | null;
  alt: string;
  credit: string;
  onPick: (media: MediaItem | null) => void;
  onAltChange: (value: string) => void;
  onCreditChange: (value: string) => void;
  errors: { media?: string[]; alt?: string[]; credit?: string[] };
  disabled: boolean;
};

const fromLibrary = (value: string) => (value.trim() ? `Left empty, the library's is used: “${value}”` : "The library item has none; this story's is used.");

export function HeroImageField({ mediaId, alt, credit, onPick, onAltChange, onCreditChange, errors, disabled }: Props) {
  const [choosing, setChoosing] = useState(false);
  const [picked, setPicked] = useState<MediaItem | null>(null);
  const hero = useMediaItem(mediaId, picked);
  const pick = (media: MediaItem | null) => {
    setChoosing(false);
    setPicked(media);
    if (media) hero.adopt(media);
    onPick(media);
  };
  const item = hero.item;

  return (
    <fieldset className="flex flex-col gap-3" disabled={disabled} aria-describedby={errors.media?.length ? "hero-media-error" : undefined}>
      <legend className="text-sm font-bold uppercase tracking-wide">Hero image</legend>
      {item ? (
        <>
          <FocalPointPicker
            src={pickVariantUrl(item, 640)}
            alt={alt || item.alt}
            value={item.focal}
            onChange={hero.setFocal}
            disabled={disabled}
            label="Hero focal point"
          />
          {hero.focalState === "saving" ? <p className="text-xs text-zinc-600">Saving the focal point…</p> : null}
          <TextField id="hero-alt" label="Hero image alt text" value={alt} onChange={onAltChange} errors={errors.alt} hint={fromLibrary(item.alt)} />
          <TextField
            id="hero-credit"
            label="Hero image credit"
            value={credit}
            onChange={onCreditChange}
            errors={errors.credit}
            hint={fromLibrary(item.credit)}
          />
        </>
      ) : mediaId && !hero.error ? (
        <p className="text-sm text-zinc-600">Loading the hero image…</p>
      ) : (
        <>
          <UploadZone label="Upload hero image" compact disabled={disabled} onUploaded={(media) => pick(media)} />
          <HeroAddressForm disabled={disabled} onImported={(media) => pick(media)} />
        </>
      )}
      {hero.error ? (
        <p role="alert" className="text-sm text-marquee-800">
          {hero.error}
        </p>
      ) : null}
      {errors.media?.length ? (
        <p id="hero-media-error" className="text-xs font-medium text-marquee-700">
          {errors.media.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2 text-sm">
        <button type="button" onClick={() => setChoosing(true)} className="rounded border border-zinc-400 px-3 py-1.5 font-semibold">
          {item ? "Change image…" : "Choose from library…"}
        </button>
        {mediaId ? (
          <button type="button" onClick={() => pick(null)} className="rounded px-3 py-1.5 underline">
            Remove hero image
          </button>
        ) : null}
      </div>
      {choosing ? <LibraryDialog title="Choose the hero image" onPick={pick} onClose={() => setChoosing(false)} /> : null}
    </fieldset>
  );
}
