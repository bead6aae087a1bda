"use client";

import { EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import type { ArticleDocument } from "@/lib/content/document";
import { normalizeDocument } from "@/lib/content/normalize";
import { imageFilesOf } from "@/components/admin/media/use-uploads";
import { createEditorExtensions } from "./extensions";
import { EDITABLE_AREA_CLASS } from "./editor-styles";

type Options = {
  id: string;
  labelId: string;
  value: ArticleDocument;
  onChange: (doc: ArticleDocument) => void;
  disabled: boolean;
  /** Image files dropped (at a document position) or pasted (at the caret, `at` undefined) into the text. */
  onImageFiles?: (files: File[], at?: number) => void;
};

const keyOf = (doc: ArticleDocument) => JSON.stringify(doc);

// The editor's document needs at least one block; the stored one may be empty.
const toEditorContent = (doc: ArticleDocument) => (doc.content.length ? doc : { type: "doc", content: [{ type: "paragraph" }] });

/**
 * A document from outside (the server's copy, "take theirs") starts a new
 * undo history: undoing back into the replaced text would quietly revive
 * the version the user just chose to drop, and then save it.
 */
function startNewHistory(editor: Editor) {
  const { doc, plugins, selection } = editor.state;
  editor.view.updateState(EditorState.create({ doc, plugins, selection }));
  // updateState is silent; a no-op transaction lets the toolbar re-read Undo.
  editor.view.dispatch(editor.state.tr.setMeta("addToHistory", false));
}

/**
 * A Tiptap editor bound to a controlled ArticleDocument value.
 *
 * Changes go out normalised, and only when the stored document actually
 * changes (a selection move or a trailing empty line is not an edit). A
 * value coming back in is ignored when it is one we emitted, even if the
 * parent re-renders late while the user keeps typing; any other value that
 * differs from the editor's content replaces it without emitting.
 */
export function useBodyEditor({ id, labelId, value, onChange, disabled, onImageFiles }: Options): Editor | null {
  const emitted = useRef(new WeakSet<object>());
  // The props below are made once; the handler they call is the latest.
  const imageFiles = useRef(onImageFiles);
  useEffect(() => {
    imageFiles.current = onImageFiles;
  }, [onImageFiles]);
  const lastKey = useRef<string | null>(null);
  const [extensions] = useState(createEditorExtensions);
  const [initialContent] = useState(() => toEditorContent(value));
  const [editorProps] = useState(() => ({
    attributes: {
      id,
      role: "textbox",
      "aria-multiline": "true",
      "aria-labelledby": labelId,
      class: EDITABLE_AREA_CLASS,
    },
    handleDrop: (view: EditorView, event: DragEvent, _slice: unknown, moved: boolean) => {
      const files = imageFilesOf(event.dataTransfer?.files);
      if (moved || !files.length || !view.editable || !imageFiles.current) return false;
      event.preventDefault();
      imageFiles.current(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
      return true;
    },
    handlePaste: (view: EditorView, event: ClipboardEvent) => {
      const files = imageFilesOf(event.clipboardData?.files);
      if (!files.length || !view.editable || !imageFiles.current) return false;
      event.preventDefault();
      imageFiles.current(files);
      return true;
    },
  }));

  const editor = useEditor(
    {
      extensions,
      content: initialContent,
      editable: !disabled,
      immediatelyRender: false,
      editorProps,
      onCreate: ({ editor: created }) => {
        lastKey.current = keyOf(normalizeDocument(created.getJSON()));
      },
      // useEditor reads this from the latest render, so onChange is never stale.
      onUpdate: ({ editor: current }) => {
        const doc = normalizeDocument(current.getJSON());
        const key = keyOf(doc);
        if (key === lastKey.current) return;
        lastKey.current = key;
        emitted.current.add(doc);
        onChange(doc);
      },
    },
    [],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed || emitted.current.has(value)) return;
    const incoming = normalizeDocument(value);
    const key = keyOf(incoming);
    if (key === keyOf(normalizeDocument(editor.getJSON()))) return;
    lastKey.current = key;
    editor.commands.setContent(toEditorContent(incoming), { emitUpdate: false });
    startNewHistory(editor);
  }, [editor, value]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === !disabled) return;
    editor.setEditable(!disabled, false);
    // Node views and the toolbar watch transactions; tell them the mode changed.
    editor.view.dispatch(editor.state.tr.setMeta("addToHistory", false));
  }, [editor, disabled]);

  return editor;
}
