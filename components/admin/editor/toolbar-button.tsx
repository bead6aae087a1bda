import type { ReactNode } from "react";

type ToolbarButtonProps = {
  label: string;
  shortcut?: string;
  /** Set for toggles only; plain actions leave aria-pressed off. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
};

export function ToolbarButton({ label, shortcut, pressed, disabled, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the editor's selection and focus when clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="inline-flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-sm font-semibold text-zinc-700 hover:bg-zinc-200 hover:text-ink disabled:pointer-events-none disabled:opacity-40 aria-pressed:bg-zinc-800 aria-pressed:text-white aria-pressed:hover:bg-zinc-700"
    >
      {children}
    </button>
  );
}

export function ToolbarDivider() {
  return <span aria-hidden="true" className="mx-1 h-5 w-px bg-zinc-300" />;
}
