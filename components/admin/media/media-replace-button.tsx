"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { replaceMediaFile } from "./media-client";
import { ACCEPTED_TYPES } from "./upload-zone";

/** Replaces the item's file: same id, so every story using it shows the new one. */
export function MediaReplaceButton({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function replace(file: File | undefined) {
    if (!file) return;
    setError(null);
    setProgress(0);
    const result = await replaceMediaFile(id, file, { version, onProgress: setProgress });
    setProgress(null);
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        disabled={progress !== null}
        onClick={() => input.current?.click()}
        className="rounded border border-zinc-400 px-3 py-1.5 text-sm font-semibold"
      >
        Replace file…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_TYPES}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        aria-label="Replacement file"
        onChange={(event) => {
          void replace(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      {progress !== null ? (
        <label className="flex items-center gap-2 text-xs">
          Replacing <progress max={1} value={progress} className="h-2 w-24" />
        </label>
      ) : null}
      {error ? (
        <p role="alert" className="max-w-xs text-sm text-marquee-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
