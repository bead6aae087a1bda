"use client";

import { useState } from "react";
import { restoreRevisionAction } from "@/app/(admin)/admin/articles/actions";

export function RestoreButton({ id, number, version }: { id: string; number: number; version: number }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await restoreRevisionAction({ id, number, version }).catch(() => null);
          setPending(false);
          // A full load on purpose: the editor keeps its state across client
          // navigations (Next keeps visited routes alive), and must show the restored copy.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          if (result?.ok) window.location.assign(`/admin/articles/${id}`);
          else setError(result?.message ?? "Could not reach the server. Try again.");
        }}
        className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold"
        aria-label={`Restore revision ${number}`}
      >
        Restore
      </button>
      {error ? (
        <span role="alert" className="text-xs text-marquee-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
