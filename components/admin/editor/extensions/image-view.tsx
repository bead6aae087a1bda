"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { safeImageSrc } from "@/lib/content/render";
import { NodeField } from "./node-field";
import { useIsEditable } from "./use-is-editable";

export function ImageView({ node, updateAttributes, editor, selected }: ReactNodeViewProps) {
  const editable = useIsEditable(editor);
  const { src, alt, caption, credit } = node.attrs as Record<string, string>;
  const preview = safeImageSrc(src ?? "");
  return (
    <NodeViewWrapper as="figure" className={`article-image rounded-md border bg-zinc-50 p-3 ${selected ? "border-marquee-600" : "border-zinc-300"}`}>
      {preview ? (
        // A plain <img>: next/image would need every newsroom CDN host configured up front.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={preview} alt={alt} draggable={false} className="mx-auto max-h-80 w-auto! object-contain" />
      ) : (
        <p className="rounded bg-zinc-200 px-3 py-8 text-center text-sm text-zinc-600">This image address cannot be published.</p>
      )}
      <div contentEditable={false} className="mt-3 grid gap-2 sm:grid-cols-3">
        <NodeField
          label="Alt text (required)"
          value={alt ?? ""}
          maxLength={500}
          readOnly={!editable}
          invalid={!alt?.trim()}
          placeholder="Describe the image"
          onChange={(value) => updateAttributes({ alt: value })}
        />
        <NodeField label="Caption" value={caption ?? ""} maxLength={1000} readOnly={!editable} onChange={(value) => updateAttributes({ caption: value })} />
        <NodeField label="Credit" value={credit ?? ""} maxLength={300} readOnly={!editable} onChange={(value) => updateAttributes({ credit: value })} />
      </div>
    </NodeViewWrapper>
  );
}
