import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LibraryUploader } from "@/components/admin/media/library-uploader";
import { MediaDetail } from "@/components/admin/media/media-detail";
import { MediaSearchForm } from "@/components/admin/media/media-search-form";
import { MediaTile } from "@/components/admin/media/media-tile";
import { readCursor } from "@/lib/articles/cursor";
import type { Actor } from "@/lib/auth/actor";
import { can, mayChangeMedia } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { getMedia, getMediaUsage, listMedia } from "@/lib/media/queries";
import { firstValue, isUuid } from "@/lib/params";

export const metadata: Metadata = { title: "Media" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function MediaPage({ searchParams }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading images…</p>}>
      <MediaLibrary searchParams={searchParams} />
    </Suspense>
  );
}

/** The page's URL with these parameters (empty ones left out). */
function hrefOf(params: { q?: string; cursor?: string; item?: string }) {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `/admin/media${query.size ? `?${query}` : ""}`;
}

async function MediaLibrary({ searchParams }: Props) {
  const actor = await requirePageActor("media:view", "/admin/media");
  const raw = await searchParams;
  const q = (firstValue(raw.q) ?? "").slice(0, 200);
  const cursor = firstValue(raw.cursor) ?? "";
  const item = firstValue(raw.item) ?? "";
  const after = cursor ? (readCursor(cursor) ?? undefined) : undefined;
  const [{ items, nextCursor }, detail] = await Promise.all([listMedia({ q, after }), item && isUuid(item) ? readDetail(actor, item) : null]);
  const here = { q, cursor: after ? cursor : "" };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Media</h1>
      <LibraryUploader canUpload={can(actor.role, "media:upload")} />
      <MediaSearchForm q={q} />
      <div className={`grid gap-6 ${detail ? "lg:grid-cols-[minmax(0,1fr)_28rem]" : ""}`}>
        <div className="flex flex-col gap-4">
          {items.length ? (
            <ul aria-label="Images" className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-4">
              {items.map((m) => (
                <MediaTile key={m.id} item={m} href={hrefOf({ ...here, item: m.id })} selected={m.id === detail?.media.id} />
              ))}
            </ul>
          ) : (
            <p className="text-zinc-600">{q ? `No images match “${q}”.` : "No images yet. Upload the first one above."}</p>
          )}
          <nav aria-label="Pages of images" className="flex gap-4 text-sm">
            {after ? (
              <Link href={hrefOf({ q })} className="underline">
                Newest images
              </Link>
            ) : null}
            {nextCursor ? (
              <Link href={hrefOf({ q, cursor: nextCursor })} className="underline">
                Older images
              </Link>
            ) : null}
          </nav>
        </div>
        {detail ? (
          <div className="lg:sticky lg:top-4 lg:self-start">
            <MediaDetail key={`${detail.media.id}:${detail.media.version}`} {...detail} closeHref={hrefOf(here)} />
          </div>
        ) : item ? (
          <p role="alert" className="text-sm text-marquee-800">
            That image is not in the library (it may have been deleted).
          </p>
        ) : null}
      </div>
    </div>
  );
}

async function readDetail(actor: Actor, id: string) {
  const [media, usage] = await Promise.all([getMedia({ id }), getMediaUsage({ id })]);
  if (!media) return null;
  const canChange = mayChangeMedia(actor, { uploadedById: media.uploadedBy?.id ?? null, usedLive: usage.some((u) => u.live) });
  return { media, usage, canChange };
}
