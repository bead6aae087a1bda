import type { Editor } from "@tiptap/react";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";

/**
 * Inserts an image or embed after the selection and puts the caret in the
 * text that follows, adding an empty paragraph when there is none. Left to
 * itself Tiptap selects the new block, and the next keystroke replaces it;
 * and inserting over a selected block would replace that one too.
 */
export function insertBlock(editor: Editor, node: { type: string; attrs: Record<string, string | null> }) {
  editor
    .chain()
    .focus()
    .insertContentAt(editor.state.selection.to, node)
    .command(({ tr }) => {
      const { $to } = tr.selection;
      const end = tr.selection instanceof NodeSelection || $to.depth === 0 ? tr.selection.to : $to.after();
      if (!tr.doc.resolve(end).nodeAfter?.isTextblock) tr.insert(end, editor.schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, end + 1));
      return true;
    })
    .run();
}
