"use client";

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { EmptyHint } from "./empty-hint";
import { useIsEditable } from "./use-is-editable";

// The speaker is an attribute, edited in place as a label before the answer,
// styled the way the published page shows it (caps, brand colour).
export function InterviewAnswerView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const editable = useIsEditable(editor);
  const speaker = String(node.attrs.speaker ?? "");
  const missing = !speaker.trim();
  return (
    <NodeViewWrapper className="qa-answer flex items-baseline gap-2">
      <span contentEditable={false} className="qa-speaker flex shrink-0 items-baseline font-bold">
        <input
          type="text"
          tabIndex={-1}
          aria-label="Speaker"
          aria-invalid={missing || undefined}
          placeholder="Speaker"
          maxLength={120}
          readOnly={!editable}
          value={speaker}
          onChange={(event) => updateAttributes({ speaker: event.target.value })}
          className={`field-sizing-content rounded border bg-transparent px-1 font-bold uppercase tracking-wide text-marquee-700 placeholder:text-marquee-700/50 ${
            missing ? "border-marquee-600 border-dashed" : "border-transparent hover:border-zinc-300"
          }`}
        />
        <span aria-hidden="true">:</span>
      </span>
      <div className="relative min-w-0 flex-1">
        <EmptyHint show={node.content.size === 0} text="Answer" className="left-0 top-0" />
        <NodeViewContent />
      </div>
    </NodeViewWrapper>
  );
}
