"use client";

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { EmptyHint } from "./empty-hint";
import { useIsEditable } from "./use-is-editable";

export function PullQuoteView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const editable = useIsEditable(editor);
  const attribution = String(node.attrs.attribution ?? "");
  return (
    <NodeViewWrapper as="figure" className="pull-quote relative">
      <EmptyHint show={node.content.size === 0} text="Pull quote" className="inset-x-0 text-2xl font-semibold" />
      <NodeViewContent className="text-2xl font-semibold leading-snug text-ink" />
      <div contentEditable={false} className="mt-3 flex items-baseline justify-center gap-1 text-sm uppercase tracking-wide text-zinc-600">
        <span aria-hidden="true">—</span>
        <input
          type="text"
          tabIndex={-1}
          aria-label="Pull quote attribution"
          placeholder="Attribution (optional)"
          maxLength={200}
          readOnly={!editable}
          value={attribution}
          onChange={(event) => updateAttributes({ attribution: event.target.value })}
          className="field-sizing-content rounded border border-transparent bg-transparent px-1 text-center uppercase tracking-wide hover:border-zinc-300 focus:border-zinc-400"
        />
      </div>
    </NodeViewWrapper>
  );
}
