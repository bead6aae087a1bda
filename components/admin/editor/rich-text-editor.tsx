"use client";

import { type Editor, EditorContent } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import type { ArticleDocument } from "@/lib/content/document";
import { UploadProgress } from "@/components/admin/media/upload-progress";
import { FRAME_CLASS } from "./editor-styles";
import { type ImageErrors, ImageErrorsContext } from "./image-errors";
import { useBodyImageUploads } from "./image-uploads";
import { useImportPastedImages } from "./use-import-pasted-images";
import type { PanelName } from "./panel-types";
import { Toolbar } from "./toolbar";
import { useBodyEditor } from "./use-body-editor";

export type RichTextEditorProps = {
  /** id of the contenteditable element. */
  id: string;
  /** id of the visible label; the text area is named by it (aria-labelledby). */
  labelId: string;
  value: ArticleDocument;
  /** Called with the normalised document whenever the stored content changes. */
  onChange: (doc: ArticleDocument) => void;
  disabled?: boolean;
  /** Messages about particular images, shown beside each (by block index). */
  imageErrors?: ImageErrors;
};

const NO_ERRORS: ImageErrors = {};

/**
 * The article body editor: a toolbar and a Tiptap text area limited to the
 * stored document schema. Controlled: `value` in, normalised documents out.
 */
export function RichTextEditor({ id, labelId, value, onChange, disabled = false, imageErrors = NO_ERRORS }: RichTextEditorProps) {
  const editorRef = useRef<Editor | null>(null);
  const uploads = useBodyImageUploads(editorRef);
  const editor = useBodyEditor({ id, labelId, value, onChange, disabled, onImageFiles: uploads.add });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  const imports = useImportPastedImages(editor);
  const [panel, setPanel] = useState<PanelName | null>(null);

  // Ctrl/Cmd+K opens the link form from the text, as in most editors.
  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.key.toLowerCase() !== "k" || !(event.metaKey || event.ctrlKey) || !editor?.isEditable) return;
    if (!(event.target instanceof HTMLElement) || !event.target.isContentEditable) return;
    event.preventDefault();
    setPanel("link");
  }

  return (
    <div className={FRAME_CLASS} onKeyDown={onKeyDown}>
      {/* Keyed so its state hook starts over with the editor: it only re-reads on a transaction. */}
      <Toolbar key={editor ? "ready" : "pending"} editor={editor} controls={id} disabled={disabled} panel={panel} onPanelChange={setPanel} />
      {editor ? (
        <ImageErrorsContext value={imageErrors}>
          <EditorContent editor={editor} />
        </ImageErrorsContext>
      ) : (
        // Until the editor mounts on the client (immediatelyRender: false), hold its space.
        <div aria-hidden="true" className="article-body min-h-96 rounded-b-md border border-t-0 border-zinc-300 bg-white px-6 py-5" />
      )}
      <div className="mt-2">
        <UploadProgress entries={uploads.entries} onDismiss={uploads.dismiss} />
        {imports.failures.map((f) => (
          <p key={f.src} role="alert" className="mt-2 flex items-start justify-between gap-2 rounded bg-marquee-50 px-3 py-2 text-sm text-marquee-900">
            <span>
              The image at <span className="break-all">{f.src}</span> stays an outside address: {f.message}
            </span>
            <button type="button" onClick={() => imports.dismiss(f.src)} className="shrink-0 text-xs underline">
              Dismiss
            </button>
          </p>
        ))}
      </div>
    </div>
  );
}
