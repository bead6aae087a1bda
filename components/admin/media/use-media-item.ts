"use client";
// A library item the editor shows (the hero, say), read through the Admin
// API when its id changes, with its focal point saved back as it is moved.
import { useCallback, useEffect, useRef, useState } from "react";
import type { FocalPoint } from "./focal-point-picker";
import { type MediaItem, patchMedia, readMedia } from "./media-client";

const FOCAL_SAVE_DELAY_MS = 500;

export function useMediaItem(id: string | null, known?: MediaItem | null) {
  const [item, setItem] = useState<MediaItem | null>(known && known.id === id ? known : null);
  const [error, setError] = useState<string | null>(null);
  const [focalState, setFocalState] = useState<"saved" | "saving" | "error">("saved");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!id || item?.id === id) return;
    let live = true;
    void readMedia(id).then((result) => {
      if (!live) return;
      if (result.ok) setItem(result.data.media);
      setError(result.ok ? null : result.message);
    });
    return () => {
      live = false;
    };
  }, [id, item?.id]);

  /** An item the editor already holds (just uploaded or picked). */
  const adopt = useCallback((media: MediaItem) => {
    setItem(media);
    setError(null);
  }, []);

  const setFocal = useCallback(
    (focal: FocalPoint) => {
      if (!item) return;
      setItem({ ...item, focal });
      setFocalState("saving");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void patchMedia(item.id, { focal }).then((result) => {
          setFocalState(result.ok ? "saved" : "error");
          setError(result.ok ? null : result.message);
        });
      }, FOCAL_SAVE_DELAY_MS);
    },
    [item],
  );

  return { item: id && item?.id === id ? item : null, error, focalState, adopt, setFocal };
}
