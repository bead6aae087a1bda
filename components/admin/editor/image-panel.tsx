"use client";

import { useId, useState } from "react";
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

  function apply() {
    const src = toImageSrc(values.src);
    if (!src) return setError({ field: "src", message: "Use an https:// address or a path on this site starting with /." });
    const alt = values.alt.trim();
    if (!alt) return setError({ field: "alt", message: "Describe the image in the alt text for readers who cannot see it." });
    const attrs = { src, alt, caption: values.caption.trim(), credit: values.credit.trim() };
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
      applyLabel={editing ? "Update image" : "Insert image"}
      error={error?.message ?? null}
      errorId={errorId}
      onApply={apply}
      onCancel={onClose}
    >
      <PanelField label="Image URL" type="url" wide required maxLength={2048} placeholder="https://… or /uploads/…" {...field("src")} />
      <PanelField label="Alt text" wide required maxLength={500} {...field("alt")} />
      <PanelField label="Caption" maxLength={1000} {...field("caption")} />
      <PanelField label="Credit" maxLength={300} placeholder="Photo: …" {...field("credit")} />
    </PanelShell>
  );
}
