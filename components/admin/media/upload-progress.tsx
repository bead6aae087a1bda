"use client";

import type { UploadEntry } from "./use-uploads";

/** Each upload still going (a labelled progress bar) or refused (the API's message, announced). */
export function UploadProgress({ entries, onDismiss }: { entries: UploadEntry[]; onDismiss: (key: number) => void }) {
  if (!entries.length) return null;
  return (
    <ul className="flex flex-col gap-2" aria-label="Uploads">
      {entries.map((e) => (
        <li key={e.key} className="flex flex-col gap-1 text-sm">
          {e.error ? (
            <div role="alert" className="flex items-start justify-between gap-2 rounded bg-marquee-50 px-3 py-2 text-marquee-900">
              <span>
                <span className="font-semibold">{e.name}</span> was not uploaded: {e.error}
              </span>
              <button type="button" onClick={() => onDismiss(e.key)} className="shrink-0 text-xs underline">
                Dismiss
              </button>
            </div>
          ) : (
            <label className="flex items-center gap-2">
              <span className="min-w-0 truncate">Uploading {e.name}</span>
              <progress max={1} value={e.progress} className="h-2 w-40 shrink-0" />
              <span className="tabular-nums text-zinc-600">{Math.round(e.progress * 100)}%</span>
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}
