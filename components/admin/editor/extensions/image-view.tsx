"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useId } from "react";
import { safeImageSrc } from "@/lib/content/render";
import { useImageErrors } from "../image-errors";
import { NodeField } from "./node-field";
import { useIsEditable } from "./use-is-editable";

/** The block's place among the body's blocks, which the server's messages count by. */
function blockIndex(props: ReactNodeViewProps): number | null {
  const pos = props.getPos();
  return typeof pos === "number" ? props.editor.state.doc.resolve(pos).index(0) : null;
}

export function ImageView(props: ReactNodeViewProps) {
  const { node, updateAttributes, editor, selected } = props;
  const editable = useIsEditable(editor);
  const errorId = useId();
  const errors = useImageErrors(blockIndex(props));
  const { src, alt, caption, credit, mediaId } = node.attrs as Record<string, string | null>;
  const preview = safeImageSrc(src ?? "");
  const invalid = errors.length > 0;
  return (
    <NodeViewWrapper
      as="figure"
      aria-describedby={invalid ? errorId : undefined}
      className={`article-image rounded-md border bg-zinc-50 p-3 ${selected || invalid ? "border-marquee-600" : "border-zinc-300"}`}
    >
      {preview ? (
        // A plain <img>: next/image would need every newsroom CDN host configured up front.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={preview} alt={alt ?? ""} draggable={false} className="mx-auto max-h-80 w-auto! object-contain" />
      ) : (
        <p className="rounded bg-zinc-200 px-3 py-8 text-center text-sm text-zinc-600">
          {mediaId ? "An image from the media library." : "This image address cannot be published."}
        </p>
      )}
      {invalid ? (
        <p id={errorId} contentEditable={false} className="mt-2 rounded bg-marquee-50 px-3 py-1.5 text-sm font-medium text-marquee-900">
          {errors.join(" ")}
        </p>
      ) : null}
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
