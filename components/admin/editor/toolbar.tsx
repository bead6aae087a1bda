"use client";

import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { BlockAttributePanel } from "./block-attribute-panel";
import { EmbedPanel } from "./embed-panel";
import { Icon } from "./icons";
import { ImagePanel } from "./image-panel";
import { LinkPanel } from "./link-panel";
import type { PanelName } from "./panel-types";
import { ToolbarButton, ToolbarDivider } from "./toolbar-button";
import { useToolbarState } from "./toolbar-state";

type ToolbarProps = {
  editor: Editor | null;
  controls: string;
  disabled: boolean;
  panel: PanelName | null;
  onPanelChange: (panel: PanelName | null) => void;
};

// Arrow keys move along the toolbar as in the WAI-ARIA toolbar pattern;
// Tab still reaches every button, which suits a form-heavy page.
function moveFocus(event: React.KeyboardEvent<HTMLDivElement>) {
  const keys = ["ArrowLeft", "ArrowRight", "Home", "End"];
  if (!keys.includes(event.key) || !(event.target instanceof HTMLButtonElement)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  const at = buttons.indexOf(event.target);
  const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[event.key] ?? at;
  event.preventDefault();
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

export function Toolbar({ editor, controls, disabled, panel, onPanelChange }: ToolbarProps) {
  const state = useToolbarState(editor);
  const [lastSpeaker, setLastSpeaker] = useState("");
  // From the prop, not editor.isEditable: that reads false until the view mounts.
  const off = !editor || !state || disabled;
  const run = (command: (e: Editor) => void) => () => editor && command(editor);
  const open = (name: PanelName) => () => onPanelChange(panel === name ? null : name);
  const close = () => {
    onPanelChange(null);
    // view.focus(), not the focus command: that one re-applies the old selection
    // a frame later and can undo a click the user has already made.
    editor?.view.focus();
  };
  const panelProps = editor && state ? { editor, state, onClose: close } : null;

  return (
    <div className="rounded-t-md border border-zinc-300 bg-zinc-50">
      <div role="toolbar" aria-label="Formatting" aria-controls={controls} onKeyDown={moveFocus} className="flex flex-wrap items-center gap-0.5 px-1.5 py-1">
        <ToolbarButton label="Bold" shortcut="Ctrl+B" pressed={!!state?.bold} disabled={off} onClick={run((e) => e.chain().focus().toggleBold().run())}>
          <span className="font-bold">B</span>
        </ToolbarButton>
        <ToolbarButton label="Italic" shortcut="Ctrl+I" pressed={!!state?.italic} disabled={off} onClick={run((e) => e.chain().focus().toggleItalic().run())}>
          <span className="font-serif italic">I</span>
        </ToolbarButton>
        <ToolbarButton label="Link" pressed={state?.link != null} disabled={off} onClick={open("link")}>
          <Icon name="link" />
        </ToolbarButton>
        <ToolbarDivider />
        {/* Names start with the visible "H2"/"H3", so speech users can say what they see (WCAG 2.5.3). */}
        <ToolbarButton
          label="H2 heading"
          shortcut="Ctrl+Alt+2"
          pressed={!!state?.h2}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleHeading({ level: 2 }).run())}
        >
          H2
        </ToolbarButton>
        <ToolbarButton
          label="H3 heading"
          shortcut="Ctrl+Alt+3"
          pressed={!!state?.h3}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleHeading({ level: 3 }).run())}
        >
          H3
        </ToolbarButton>
        <ToolbarButton label="Bulleted list" pressed={!!state?.bulletList} disabled={off} onClick={run((e) => e.chain().focus().toggleBulletList().run())}>
          <Icon name="bulletList" />
        </ToolbarButton>
        <ToolbarButton label="Numbered list" pressed={!!state?.orderedList} disabled={off} onClick={run((e) => e.chain().focus().toggleOrderedList().run())}>
          <Icon name="orderedList" />
        </ToolbarButton>
        <ToolbarButton
          label="Quote"
          shortcut="Ctrl+Shift+B"
          pressed={!!state?.blockquote}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleWrap("blockquote").run())}
        >
          <Icon name="quote" />
        </ToolbarButton>
        <ToolbarButton label="Pull quote" pressed={state?.pullQuote != null} disabled={off} onClick={open("pullQuote")}>
          <Icon name="pullQuote" />
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton label={state?.image ? "Edit image" : "Image"} disabled={off} onClick={open("image")}>
          <Icon name="image" />
        </ToolbarButton>
        <ToolbarButton label={state?.embed ? "Edit embed" : "Embed"} disabled={off} onClick={open("embed")}>
          <Icon name="embed" />
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton
          label="Question"
          pressed={!!state?.question}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleNode("interviewQuestion", "paragraph").run())}
        >
          Q
        </ToolbarButton>
        <ToolbarButton label="Answer" pressed={state?.answer != null} disabled={off} onClick={open("answer")}>
          A
        </ToolbarButton>
        <ToolbarDivider />
        <ToolbarButton label="Undo" shortcut="Ctrl+Z" disabled={off || !state?.canUndo} onClick={run((e) => e.chain().focus().undo().run())}>
          <Icon name="undo" />
        </ToolbarButton>
        <ToolbarButton label="Redo" shortcut="Ctrl+Shift+Z" disabled={off || !state?.canRedo} onClick={run((e) => e.chain().focus().redo().run())}>
          <Icon name="redo" />
        </ToolbarButton>
      </div>
      {panelProps && !off && panel === "link" ? <LinkPanel {...panelProps} /> : null}
      {panelProps && !off && panel === "image" ? <ImagePanel {...panelProps} /> : null}
      {panelProps && !off && panel === "embed" ? <EmbedPanel {...panelProps} /> : null}
      {panelProps && !off && panel === "pullQuote" ? <BlockAttributePanel {...panelProps} kind="pullQuote" current={panelProps.state.pullQuote} /> : null}
      {panelProps && !off && panel === "answer" ? (
        <BlockAttributePanel {...panelProps} kind="answer" current={panelProps.state.answer} suggestion={lastSpeaker} onApplied={setLastSpeaker} />
      ) : null}
    </div>
  );
}
