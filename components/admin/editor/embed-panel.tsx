"use client";

import { useId, useState } from "react";
import { insertBlock } from "./insert-block";
import { UrlPanelField } from "./panel-field";
import { PanelShell } from "./panel-shell";
import type { PanelProps } from "./panel-types";
import { toEmbedUrl } from "./url-rules";

export function EmbedPanel({ editor, state, onClose }: PanelProps) {
  const errorId = useId();
  const [url, setUrl] = useState(state.embed ?? "");
  const [error, setError] = useState<string | null>(null);
  const editing = state.embed !== null;

  function apply() {
    const canonical = toEmbedUrl(url);
    if (!canonical) {
      setError("Only YouTube, X, Instagram and TikTok links can be embedded");
      return;
    }
    if (editing) editor.chain().focus().updateAttributes("embed", { url: canonical }).run();
    else insertBlock(editor, { type: "embed", attrs: { url: canonical } });
    onClose();
  }

  return (
    <PanelShell
      title={editing ? "Edit embed" : "Embed a post or video"}
      applyLabel={editing ? "Update embed" : "Embed"}
      error={error}
      errorId={errorId}
      onApply={apply}
      onCancel={onClose}
    >
      <UrlPanelField
        label="Post or video URL"
        value={url}
        placeholder="YouTube, X, Instagram or TikTok link"
        errorId={error ? errorId : null}
        onChange={setUrl}
        onEdit={() => setError(null)}
      />
    </PanelShell>
  );
}
