import type { Editor } from "@tiptap/react";
import type { ToolbarState } from "./toolbar-state";

export type PanelName = "link" | "image" | "embed" | "pullQuote" | "answer";

export type PanelProps = {
  editor: Editor;
  state: ToolbarState;
  /** Closes the panel and puts focus back in the text. */
  onClose: () => void;
};

/** Which field an error belongs to, so only that input is marked invalid. */
export type FieldError<F extends string> = { field: F; message: string } | null;
