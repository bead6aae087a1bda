"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDraftAction } from "@/app/(admin)/admin/articles/actions";

export function NewArticleButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await createDraftAction({}).catch(() => null);
          if (result?.ok) router.push(`/admin/articles/${result.data.id}`);
          else {
            setError(result?.message ?? "Could not reach the server. Try again.");
            setPending(false);
          }
        }}
        className="rounded bg-marquee-600 px-4 py-2 text-sm font-semibold text-white hover:bg-marquee-700 disabled:opacity-60"
      >
        {pending ? "Creating…" : "New article"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
