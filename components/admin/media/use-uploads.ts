"use client";
// Uploads in progress and their outcome, one entry a file, for the upload
// zones: the dashboard's library, the hero image and the body editor.
import { useCallback, useState } from "react";
import { type MediaItem, uploadMedia } from "./media-client";

export type UploadEntry = { key: number; name: string; progress: number; error: string | null; done: boolean };

let nextKey = 1;

/** Only image files: a drop or paste of text or links is not an upload. */
export function imageFilesOf(list: FileList | readonly File[] | null | undefined): File[] {
  return [...(list ?? [])].filter((f) => f.type.startsWith("image/") || f.type === "");
}

export function useUploads(onUploaded: (media: MediaItem, file: File) => void) {
  const [entries, setEntries] = useState<UploadEntry[]>([]);
  const patch = (key: number, change: Partial<UploadEntry>) => setEntries((all) => all.map((e) => (e.key === key ? { ...e, ...change } : e)));

  const upload = useCallback(
    async (files: readonly File[]) => {
      const started = files.map((file) => ({ file, entry: { key: nextKey++, name: file.name || "pasted image", progress: 0, error: null, done: false } }));
      // Finished entries go; failed ones stay until the next upload, so their message can be read.
      setEntries((all) => [...all.filter((e) => !e.done && !e.error), ...started.map((s) => s.entry)]);
      for (const { file, entry } of started) {
        const result = await uploadMedia(file, { onProgress: (progress) => patch(entry.key, { progress }) });
        if (result.ok) {
          patch(entry.key, { progress: 1, done: true });
          onUploaded(result.data.media, file);
        } else {
          patch(entry.key, { error: result.message });
        }
      }
    },
    [onUploaded],
  );

  const dismiss = (key: number) => setEntries((all) => all.filter((e) => e.key !== key));
  return { entries: entries.filter((e) => !e.done), upload, dismiss, busy: entries.some((e) => !e.done && !e.error) };
}
