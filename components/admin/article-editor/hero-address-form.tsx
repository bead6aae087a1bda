"use client";
// A hero given by address: an https image URL (or one of the site's /images/
// files), fetched once into the media library by the server.
import { useId, useState } from "react";
import { importImageUrl } from "@/components/admin/media/import-url";
import type { MediaItem } from "@/components/admin/media/media-client";

export function HeroAddressForm({ onImported, disabled }: { onImported: (media: MediaItem) => void; disabled: boolean }) {
  const id = useId();
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fetchIt() {
    if (!url.trim() || busy) return;
    setBusy(true);
    const result = await importImageUrl(url.trim());
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    setUrl("");
    onImported(result.data);
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        Or an image address
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="url"
          value={url}
          maxLength={2048}
          disabled={disabled || busy}
          placeholder="https://…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            void fetchIt();
          }}
          className="min-w-0 grow rounded border border-zinc-400 bg-white px-3 py-2 text-sm aria-invalid:border-marquee-600"
        />
        <button
          type="button"
          disabled={disabled || busy || !url.trim()}
          onClick={() => void fetchIt()}
          className="rounded border border-zinc-400 px-3 text-sm font-semibold disabled:opacity-50"
        >
          {busy ? "Fetching…" : "Fetch"}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-marquee-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
