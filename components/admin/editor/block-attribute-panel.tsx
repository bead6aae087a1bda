"use client";

import { useId, useState } from "react";
import { PanelField } from "./panel-field";
import { PanelShell } from "./panel-shell";
import type { PanelProps } from "./panel-types";

type BlockKind = {
  node: "pullQuote" | "interviewAnswer";
  attr: "attribution" | "speaker";
  noun: string;
  label: string;
  maxLength: number;
  required: boolean;
};

const KINDS = {
  pullQuote: { node: "pullQuote", attr: "attribution", noun: "pull quote", label: "Attribution", maxLength: 200, required: false },
  answer: { node: "interviewAnswer", attr: "speaker", noun: "answer", label: "Speaker name", maxLength: 120, required: true },
} satisfies Record<string, BlockKind>;

type Props = PanelProps & {
  kind: keyof typeof KINDS;
  /** Current value when the caret is in such a block, else null. */
  current: string | null;
  /** Offered when starting a new block (the last speaker, in an interview). */
  suggestion?: string;
  onApplied?: (value: string) => void;
};

// Pull quote and answer: turn the current block into one, asking for the
// attribution or speaker, or edit and remove it when the caret is inside one.
export function BlockAttributePanel({ editor, kind, current, suggestion = "", onApplied, onClose }: Props) {
  const spec: BlockKind = KINDS[kind];
  const errorId = useId();
  const [value, setValue] = useState(current ?? suggestion);
  const [error, setError] = useState<string | null>(null);
  const editing = current !== null;

  function apply() {
    const text = value.trim();
    if (spec.required && !text) return setError(`Enter the ${spec.label.toLowerCase()}.`);
    const attrs = { [spec.attr]: text };
    const chain = editor.chain().focus();
    if (editing) chain.updateAttributes(spec.node, attrs).run();
    else chain.setNode(spec.node, attrs).run();
    onApplied?.(text);
    onClose();
  }

  const remove = editing
    ? {
        label: `Remove ${spec.noun}`,
        onClick: () => {
          editor.chain().focus().setNode("paragraph").run();
          onClose();
        },
      }
    : undefined;

  return (
    <PanelShell
      title={editing ? `Edit ${spec.noun}` : `Make this paragraph a ${spec.noun}`}
      applyLabel={editing ? "Update" : `Make ${spec.noun}`}
      error={error}
      errorId={errorId}
      onApply={apply}
      onCancel={onClose}
      remove={remove}
    >
      <PanelField
        label={spec.label}
        required={spec.required}
        value={value}
        maxLength={spec.maxLength}
        errorId={error ? errorId : null}
        onChange={(next) => {
          setValue(next);
          setError(null);
        }}
      />
    </PanelShell>
  );
}
