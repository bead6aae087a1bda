"use client";
// One library item in the dashboard: its file, focal point and crops; its
// alt text, credit and caption; the stories using it; replace and delete.
// Changes go through the Admin API, then the page is read again.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextArea, TextField } from "@/components/admin/article-editor/field";
import { CropPreviews } from "./crop-previews";
import { MediaDeleteButton } from "./media-delete-button";
import { type MediaItem, type MediaUsage, patchMedia } from "./media-client";
import { FocalPointPicker } from "./focal-point-picker";
import { MediaReplaceButton } from "./media-replace-button";
import { pickVariantUrl } from "./thumbnail";
import { storiesLabel, UsageList } from "./usage-list";

type Props = { media: MediaItem; usage: MediaUsage[]; canChange: boolean; closeHref: string };

const kilobytes = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export function MediaDetail({ media, usage, canChange, closeHref }: Props) {
  const router = useRouter();
  const [fields, setFields] = useState({ alt: media.alt, credit: media.credit, caption: media.caption });
  const [focal, setFocal] = useState(media.focal);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ kind: "saved" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const preview = pickVariantUrl(media, 1200);
  const text = (key: keyof typeof fields) => ({
    value: fields[key],
    errors: errors[key],
    disabled: !canChange,
    onChange: (value: string) => {
      setFields((f) => ({ ...f, [key]: value }));
      setStatus(null);
    },
  });

  async function save() {
    setSaving(true);
    const result = await patchMedia(media.id, { ...fields, focal, version: media.version });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.fields ?? {});
      setStatus({ kind: "error", text: result.message });
      return;
    }
    setErrors({});
    setStatus({ kind: "saved", text: "Saved. Every story using this image shows the change." });
    router.refresh();
  }

  return (
    <section aria-labelledby="media-detail-title" className="flex flex-col gap-4 rounded border border-zinc-200 bg-white p-4">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="media-detail-title" className="truncate text-lg font-bold">
            {media.filename}
          </h2>
          <p className="text-xs text-zinc-600">
            {media.width}×{media.height}, {media.mimeType}, {kilobytes(media.bytes)}
            {media.uploadedBy ? `, uploaded by ${media.uploadedBy.name}` : ""}
          </p>
        </div>
        <a href={closeHref} className="shrink-0 text-sm underline">
          Close
        </a>
      </div>
      <FocalPointPicker src={preview} alt={fields.alt} value={focal} onChange={setFocal} disabled={!canChange} />
      <CropPreviews src={preview} focal={focal} />
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField id="media-alt" label="Alt text" hint="Required before a story using it is published." {...text("alt")} />
        <TextField id="media-credit" label="Credit" hint="Required for a story's hero image." {...text("credit")} />
        <TextArea id="media-caption" label="Caption" rows={2} {...text("caption")} />
        {status ? (
          <p role={status.kind === "error" ? "alert" : "status"} className={`text-sm ${status.kind === "error" ? "text-marquee-800" : "text-emerald-800"}`}>
            {status.text}
          </p>
        ) : null}
        {canChange ? (
          <button
            type="submit"
            disabled={saving}
            className="self-start rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
          >
            {saving ? "Saving…" : "Save image details"}
          </button>
        ) : (
          <p className="text-sm text-zinc-600">Editors change any image; you can change one you uploaded while no live story shows it.</p>
        )}
      </form>
      <div className="flex flex-col gap-1">
        <h3 id="usage" className="text-sm font-bold uppercase tracking-wide">
          {storiesLabel(usage.length)}
        </h3>
        <UsageList stories={usage.map((u) => ({ id: u.articleId, title: u.title, live: u.live }))} />
      </div>
      {canChange ? (
        <div className="flex flex-wrap items-start gap-3 border-t border-zinc-200 pt-3">
          <MediaReplaceButton id={media.id} version={media.version} />
          <MediaDeleteButton id={media.id} filename={media.filename} afterDelete={closeHref} />
        </div>
      ) : null}
    </section>
  );
}
