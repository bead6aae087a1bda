// Placeholder text over an empty editable area inside a node view (the
// Placeholder extension decorates the node view's outer element, which is
// the wrong place for it here).
export function EmptyHint({ show, text, className = "" }: { show: boolean; text: string; className?: string }) {
  if (!show) return null;
  return (
    <span aria-hidden="true" contentEditable={false} className={`pointer-events-none absolute select-none text-zinc-400 ${className}`}>
      {text}
    </span>
  );
}
