export function PreviewBanner({ text }: { text: string }) {
  return (
    <div role="note" className="mb-6 rounded border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 text-sm font-semibold text-amber-950">
      {text}
    </div>
  );
}
