import { Node, mergeAttributes } from "@tiptap/react";

// Paragraphs only, as the stored schema has no nested lists. Tab is left
// alone on purpose: with nothing to indent into, it moves focus out of the
// editor as a keyboard user expects.
export const ListItem = Node.create({
  name: "listItem",
  content: "paragraph+",
  defining: true,

  parseHTML() {
    return [{ tag: "li" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["li", mergeAttributes(HTMLAttributes), 0];
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name),
    };
  },
});
