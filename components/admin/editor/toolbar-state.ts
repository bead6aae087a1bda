import { useEditorState, type Editor } from "@tiptap/react";
import { NodeSelection } from "@tiptap/pm/state";

export type ToolbarState = {
  bold: boolean;
  italic: boolean;
  link: string | null;
  h2: boolean;
  h3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  pullQuote: string | null;
  question: boolean;
  answer: string | null;
  image: Record<string, string> | null;
  embed: string | null;
  canUndo: boolean;
  canRedo: boolean;
};

const selectedNode = (editor: Editor, name: string) => {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === name ? selection.node : null;
};

// One selector, so the toolbar re-renders only when a button's state changes.
function readState(editor: Editor): ToolbarState {
  const attr = (name: string, key: string) => (editor.isActive(name) ? String(editor.getAttributes(name)[key] ?? "") : null);
  const image = selectedNode(editor, "image");
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    link: attr("link", "href"),
    h2: editor.isActive("heading", { level: 2 }),
    h3: editor.isActive("heading", { level: 3 }),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    pullQuote: attr("pullQuote", "attribution"),
    question: editor.isActive("interviewQuestion"),
    answer: attr("interviewAnswer", "speaker"),
    image: image ? (image.attrs as Record<string, string>) : null,
    embed: selectedNode(editor, "embed")?.attrs.url ?? null,
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

const sameState = (a: ToolbarState | null, b: ToolbarState | null) => JSON.stringify(a) === JSON.stringify(b);

export function useToolbarState(editor: Editor | null): ToolbarState | null {
  return useEditorState({ editor, selector: ({ editor: current }) => (current ? readState(current) : null), equalityFn: sameState });
}
