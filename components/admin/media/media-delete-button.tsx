"use client";
// Deleting an item: asked twice, and refused (with the stories named) while
// any story's working or live copy uses it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteMedia, type UsedIn } from "./media-client";
import { UsageList } from "./usage-list";

export function MediaDeleteButton({ id, filename, afterDelete }: { id: string; filename: string; afterDelete: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; usedIn: UsedIn[] } | null>(null);

  async function remove() {
    setBusy(true);
    const result = await deleteMedia(id);
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      router.push(afterDelete);
      router.refresh();
    } else {
      setRefusal({ message: result.message, usedIn: result.usedIn ?? [] });
    }
  }

  return (
    <div className="flex flex-col gap-2">
      {confirming ? (
        <div role="group" aria-label={`Delete ${filename}?`} className="flex flex-wrap items-center gap-2 text-sm">
          <span>Delete {filename} and its files?</span>
          <button type="button" disabled={busy} onClick={() => void remove()} className="rounded bg-marquee-700 px-3 py-1.5 font-semibold text-white">
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded px-3 py-1.5 underline">
            Keep it
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setRefusal(null);
            setConfirming(true);
          }}
          className="self-start rounded border border-marquee-600 px-3 py-1.5 text-sm font-semibold text-marquee-700"
        >
          Delete…
        </button>
      )}
      {refusal ? (
        <div role="alert" className="flex flex-col gap-1 rounded bg-marquee-50 px-3 py-2 text-sm text-marquee-900">
          <p>{refusal.message}</p>
          <UsageList stories={refusal.usedIn} />
        </div>
      ) : null}
    </div>
  );
}
