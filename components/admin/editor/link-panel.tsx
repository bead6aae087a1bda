"use client";

import { useId, useState } from "react";
import { UrlPanelField } from "./panel-field";
import { PanelShell } from "./panel-shell";
import type { PanelProps } from "./panel-types";
import { toLinkHref } from "./url-rules";

export function LinkPanel({ editor, state, onClose }: PanelProps) {
  const errorId = useId();
  const [url, setUrl] = useState(state.link ?? "");
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const href = toLinkHref(url);
    if (!href) {
      setError("Links must start with https://, http://, mailto: or / (a page on this site).");
      return;
    }
    const chain = editor.chain().focus();
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !state.link) {
      chain.insertContent({ type: "text", text: url.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  }

  const remove = state.link
    ? {
        label: "Remove link",
        onClick: () => {
          editor.chain().focus().extendMarkRange("link").unsetLink().run();
          onClose();
        },
      }
    : undefined;

  return (
    <PanelShell
      title={state.link ? "Edit link" : "Add link"}
      applyLabel={state.link ? "Update link" : "Add link"}
      error={error}
      errorId={errorId}
      onApply={apply}
      onCancel={onClose}
      remove={remove}
    >
      <UrlPanelField
        label="Link address"
        value={url}
        placeholder="https://… or /section/page"
        errorId={error ? errorId : null}
        onChange={setUrl}
        onEdit={() => setError(null)}
      />
    </PanelShell>
  );
}
