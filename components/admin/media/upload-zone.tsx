"use client";
// A place to drop, paste or pick image files. Keyboard users reach its
// button (which opens the file picker) and can paste while it has focus;
// `pasteAnywhere` also takes an image pasted anywhere on the page that is
// not a text field.
import { useEffect, useId, useRef, useState } from "react";
import type { MediaItem } from "./media-client";
import { UploadProgress } from "./upload-progress";
import { imageFilesOf, useUploads } from "./use-uploads";

type Props = {
  label: string;
  hint?: string;
  multiple?: boolean;
  disabled?: boolean;
  pasteAnywhere?: boolean;
  onUploaded: (media: MediaItem, file: File) => void;
  compact?: boolean;
};

export const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,image/avif,image/gif";
export const FORMATS_HINT = "JPEG, PNG, WebP, AVIF or GIF, up to 25 MB.";

const isTextTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement);

export function UploadZone({ label, hint = FORMATS_HINT, multiple = false, disabled = false, pasteAnywhere = false, onUploaded, compact = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);
  const { entries, upload, dismiss, busy } = useUploads(onUploaded);
  const take = (files: File[]) => {
    if (disabled || !files.length) return;
    void upload(multiple ? files : files.slice(0, 1));
  };

  useEffect(() => {
    if (!pasteAnywhere || disabled) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTextTarget(event.target)) return;
      const files = imageFilesOf(event.clipboardData?.files);
      if (!files.length) return;
      event.preventDefault();
      void upload(multiple ? files : files.slice(0, 1));
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [pasteAnywhere, disabled, multiple, upload]);

  return (
    <div className="flex flex-col gap-2">
      <div
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        onDragOver={(event) => {
          if (disabled || !event.dataTransfer.types.includes("Files")) return;
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(imageFilesOf(event.dataTransfer.files));
        }}
        onPaste={(event) => {
          const files = imageFilesOf(event.clipboardData.files);
          if (!files.length || pasteAnywhere) return;
          event.preventDefault();
          take(files);
        }}
        className={`flex flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed text-center text-sm ${compact ? "px-3 py-4" : "px-4 py-8"} ${
          over ? "border-marquee-600 bg-marquee-50" : "border-zinc-300 bg-white"
        }`}
      >
        <button
          type="button"
          disabled={disabled}
          onClick={() => input.current?.click()}
          className="rounded bg-marquee-600 px-3 py-1.5 font-semibold text-white hover:bg-marquee-700 disabled:opacity-50"
        >
          {label}
        </button>
        <p id={hintId} className="text-xs text-zinc-600">
          {`or drop ${multiple ? "images" : "an image"} here, or paste ${pasteAnywhere ? "one" : "while the button has focus"}. ${hint}`}
          {busy ? " Uploading…" : ""}
        </p>
        <input
          ref={input}
          type="file"
          accept={ACCEPTED_TYPES}
          multiple={multiple}
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            take([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </div>
      <UploadProgress entries={entries} onDismiss={dismiss} />
    </div>
  );
}
