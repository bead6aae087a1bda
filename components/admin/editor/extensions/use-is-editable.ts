import { useEditorState, type Editor } from "@tiptap/react";

/** Node views re-render on node changes only; this follows the editor's disabled state too. */
export function useIsEditable(editor: Editor): boolean {
  return useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
}
