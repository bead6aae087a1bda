"use client";
// Preview links: the newsroom's own preview, and share links for people
// without an account (editors only). A new link's URL is shown once.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(admin)/admin/articles/actions";

export type ShareLink = { id: string; by: string; createdAt: string; expiresAt: string; active: boolean };

const durations = [
  { hours: 24, label: "1 day" },
  { hours: 72, label: "3 days" },
  { hours: 168, label: "7 days" },
];

export function SharePanel({ articleId, links, canShare }: { articleId: string; links: ShareLink[]; canShare: boolean }) {
  const router = useRouter();
  const [hours, setHours] = useState(72);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setError(null);
    const result = await createShareLinkAction({ id: articleId, hours }).catch(() => null);
    if (!result?.ok) return setError(result?.message ?? "Could not reach the server. Try again.");
    setCreated(`${window.location.origin}${result.data.path}`);
    router.refresh();
  };
  const revoke = async (linkId: string) => {
    setError(null);
    const result = await revokeShareLinkAction({ linkId }).catch(() => null);
    if (!result?.ok) return setError(result?.message ?? "Could not reach the server. Try again.");
    router.refresh();
  };

  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-3 rounded border border-zinc-200 bg-white p-4">
      <h2 id="preview-heading" className="text-sm font-bold uppercase tracking-wide">
        Preview
      </h2>
      <a href={`/api/admin/articles/${articleId}/preview`} target="_blank" rel="noreferrer" className="text-sm font-semibold text-marquee-700 underline">
        Open preview
      </a>
      {canShare ? (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="share-duration" className="text-sm font-semibold">
                Share link lasts
              </label>
              <select
                id="share-duration"
                value={hours}
                onChange={(e) => setHours(Number(e.target.value))}
                className="rounded border border-zinc-400 px-2 py-1 text-sm"
              >
                {durations.map((d) => (
                  <option key={d.hours} value={d.hours}>
                    {d.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => void create()} className="rounded bg-zinc-800 px-3 py-1.5 text-sm font-semibold text-white">
              Create share link
            </button>
          </div>
          {created ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="share-url" className="text-sm font-semibold">
                Share link (shown once)
              </label>
              <input
                id="share-url"
                readOnly
                value={created}
                onFocus={(e) => e.currentTarget.select()}
                className="rounded border border-zinc-400 px-2 py-1 text-xs"
              />
            </div>
          ) : null}
          {links.length ? (
            <ul className="flex flex-col gap-1 text-sm" aria-label="Share links">
              {links.map((l) => (
                <li key={l.id} className="flex items-center justify-between gap-2">
                  <span>
                    {l.by}, {l.active ? `until ${new Date(l.expiresAt).toLocaleString()}` : "no longer works"}
                  </span>
                  {l.active ? (
                    <button type="button" onClick={() => void revoke(l.id)} className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold">
                      Revoke
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
