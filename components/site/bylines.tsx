import type { BylineRef } from "@/lib/articles/dto";

export function Bylines({ bylines }: { bylines: BylineRef[] }) {
  if (!bylines.length) return null;
  const names = bylines.map((b) => b.name);
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return <span>By {text}</span>;
}
