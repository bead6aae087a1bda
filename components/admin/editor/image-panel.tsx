"use client";

import { useId, useState } from "react";
import { LibraryDialog } from "@/components/admin/media/library-dialog";
import { importImageUrl } from "@/components/admin/media/import-url";
import type { MediaItem } from "@/components/admin/media/media-client";
import { imageAttrsOf, insertMediaImage } from "./image-uploads";
import { insertBlock } from "./insert-block";
import { PanelField } from "./panel-field";
import { PanelShell } from "./panel-shell";
import type { FieldError, PanelProps } from "./panel-types";
import { toImageSrc } from "./url-rules";

type Field = "src" | "alt" | "caption" | "credit";

export function ImagePanel({ editor, state, onClose }: PanelProps) {
  const errorId = useId();
  const editing = state.image !== null;
  const [values, setValues] = useState<Record<Field, string>>({
    src: state.image?.src ?? "",
    alt: state.image?.alt ?? "",
    caption: state.image?.caption ?? "",
    credit: state.image?.credit ?? "",
  });
  const [error, setError] = useState<FieldError<Field>>(null);
  const [choosing, setChoosing] = useState(false);
  const [importing, setImporting] = useState(false);

  /** A library item: the same asset wherever it is used, its own text to start from. */
  function pick(media: MediaItem) {
    setChoosing(false);
    if (editing) editor.chain().focus().updateAttributes("image", imageAttrsOf(media)).run();
    else insertMediaImage(editor, media);
    onClose();
  }

  async function apply() {
    if (importing) return;
    const src = toImageSrc(values.src);
    if (!src) return setError({ field: "src", message: "Use an https:// address or a path on this site starting with /." });
    const alt = values.alt.trim();
    if (!alt) return setError({ field: "alt", message: "Describe the image in the alt text for readers who cannot see it." });
    const text = { alt, caption: values.caption.trim(), credit: values.credit.trim() };
    if (src === state.image?.src) {
      // The same picture, new words: no fetch (an image kept by address stays so until its address changes).
      editor
        .chain()
        .focus()
        .updateAttributes("image", { src, ...text })
        .run();
      return onClose();
    }
    // A new address is fetched once into the library, so the story never depends on the other site.
    setImporting(true);
    const imported = await importImageUrl(src, { alt, credit: text.credit });
    setImporting(false);
    if (!imported.ok) return setError({ field: "src", message: imported.message });
    const attrs = { ...imageAttrsOf(imported.data), ...text };
    if (editing) editor.chain().focus().updateAttributes("image", attrs).run();
    else insertBlock(editor, { type: "image", attrs });
    onClose();
  }

  const field = (name: Field) => ({
    value: values[name],
    errorId: error?.field === name ? errorId : null,
    onChange: (value: string) => {
      setValues((v) => ({ ...v, [name]: value }));
      setError(null);
    },
  });

  return (
    <PanelShell
      title={editing ? "Edit image" : "Insert image"}
      applyLabel={importing ? "Fetching the image…" : editing ? "Update image" : "Insert image"}
      error={error?.message ?? null}
      errorId={errorId}
      onApply={() => void apply()}
      onCancel={onClose}
    >
      <PanelField label="Image URL" type="url" wide required maxLength={2048} placeholder="https://… (fetched once into the library)" {...field("src")} />
      <PanelField label="Alt text" wide required maxLength={500} {...field("alt")} />
      <PanelField label="Caption" maxLength={1000} {...field("caption")} />
      <PanelField label="Credit" maxLength={300} placeholder="Photo: …" {...field("credit")} />
      <button type="button" onClick={() => setChoosing(true)} className="rounded border border-zinc-400 px-3 py-1.5 text-sm font-semibold">
        {editing ? "Use another image from the library…" : "Upload or choose from the library…"}
      </button>
      {choosing ? <LibraryDialog title="Choose an image" onPick={pick} onClose={() => setChoosing(false)} /> : null}
    </PanelShell>
  );
}
