import type { Segment } from "@/lib/search/snippet";

/** Search-highlighted text: React escapes every run; matches become <mark>. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.highlight ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}
