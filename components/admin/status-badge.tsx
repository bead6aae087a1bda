import type { Status } from "@/lib/publishing/status-machine";

const styles: Record<Status, string> = {
  draft: "bg-zinc-100 text-zinc-800",
  in_review: "bg-amber-100 text-amber-900",
  scheduled: "bg-sky-100 text-sky-900",
  published: "bg-emerald-100 text-emerald-900",
  unpublished: "bg-rose-100 text-rose-900",
};

export const statusLabel: Record<Status, string> = {
  draft: "Draft",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
};

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${styles[status]}`}>{statusLabel[status]}</span>;
}
