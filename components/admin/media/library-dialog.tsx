"use client";
// Choosing an image from the library inside the editor: a modal dialog with
// the library page's search (through the Admin API), newest first, more on
// request, and an upload zone for a file that is not there yet.
import { useEffect, useRef, useState } from "react";
import { listMedia, type MediaItem, type MediaListEntry } from "./media-client";
import { pickVariantUrl } from "./thumbnail";
import { UploadZone } from "./upload-zone";
import { storiesLabel } from "./usage-list";

type Props = { title: string; onPick: (media: MediaItem) => void; onClose: () => void };

export function LibraryDialog({ title, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState("");
  const [items, setItems] = useState<MediaListEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function load(search: string, cursor?: string) {
    setLoading(true);
    const result = await listMedia({ q: search, cursor });
    setLoading(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    setItems((prev) => (cursor ? [...prev, ...result.data.items] : result.data.items));
    setNext(result.data.nextCursor);
  }

  useEffect(() => {
    const timer = setTimeout(() => void load(q), q ? 250 : 0);
    return () => clearTimeout(timer);
  }, [q]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="library-dialog-title"
      onClose={onClose}
      // Keys stay in the dialog: the editor's panels around it take Enter and Escape for themselves.
      onKeyDown={(event) => event.stopPropagation()}
      className="m-auto w-[min(60rem,95vw)] rounded-md bg-white p-0 shadow-xl backdrop:bg-black/50"
    >
      <div className="flex max-h-[85vh] flex-col gap-4 overflow-y-auto p-5">
        <div className="flex items-center justify-between gap-3">
          <h2 id="library-dialog-title" className="text-lg font-bold">
            {title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-sm underline">
            Close
          </button>
        </div>
        <UploadZone label="Upload a new image" compact onUploaded={(media) => onPick(media)} />
        <div className="flex flex-col gap-1">
          <label htmlFor="library-q" className="text-sm font-semibold">
            Search images
          </label>
          <input
            id="library-q"
            type="search"
            value={q}
            maxLength={200}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Alt text, caption, credit, file name, uploader or date"
            className="rounded border border-zinc-400 px-3 py-2 text-sm"
          />
        </div>
        {error ? (
          <p role="alert" className="text-sm text-marquee-800">
            {error}
          </p>
        ) : null}
        <ul aria-label="Images" aria-busy={loading} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {items.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                onClick={() => onPick(m)}
                className="flex w-full flex-col overflow-hidden rounded border border-zinc-200 text-left hover:border-marquee-600 focus-visible:border-marquee-600"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- a small stored variant */}
                <img src={pickVariantUrl(m, 320)} alt="" className="aspect-[4/3] w-full bg-zinc-100 object-cover" />
                <span className="truncate px-2 pt-1 text-sm font-semibold">Use {m.filename}</span>
                <span className="truncate px-2 pb-1 text-xs text-zinc-600">
                  {m.alt.trim() ? m.alt : "Alt text missing"} · {storiesLabel(m.usageCount)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {!loading && !items.length && !error ? <p className="text-sm text-zinc-600">{q ? "No images match." : "The library is empty."}</p> : null}
        {next ? (
          <button type="button" disabled={loading} onClick={() => void load(q, next)} className="self-start rounded border border-zinc-400 px-3 py-1.5 text-sm">
            More images
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
