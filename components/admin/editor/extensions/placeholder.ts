import { Placeholder } from "@tiptap/extensions";

// Hints for plain text blocks; node views (pull quote, answer) draw their own.
export const EditorPlaceholder = Placeholder.configure({
  placeholder: ({ editor, node }) => {
    if (node.type.name === "heading") return "Heading";
    if (node.type.name === "interviewQuestion") return "Question";
    if (node.type.name === "paragraph" && editor.isEmpty) return "Start writing the story…";
    return "";
  },
});
