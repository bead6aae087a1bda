import type { SaveState } from "./types";

const text: Record<SaveState, string> = {
  saved: "Saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  offline: "Offline, retrying",
  conflict: "Not saved: someone else changed this article",
  error: "Not saved",
};

const tone: Record<SaveState, string> = {
  saved: "text-emerald-800",
  dirty: "text-zinc-700",
  saving: "text-zinc-700",
  offline: "text-amber-800",
  conflict: "text-marquee-700",
  error: "text-marquee-700",
};

export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone[state]}`} data-save-state={state}>
      {text[state]}
    </p>
  );
}
