"use client";
// The editorial calendar's grid. Editors drag a scheduled story to another
// day (its time of day stays) or use its Reschedule button, which works from
// the keyboard; contributors see the same grid without either.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { rescheduleAction } from "@/app/(admin)/admin/calendar/actions";
import type { CalendarItem } from "@/lib/publishing/calendar";

export type BoardDay = { day: string; label: string; isToday: boolean; inMonth: boolean };
export type BoardItem = CalendarItem & { day: string; time: string; timeLabel: string; local: string; color: string };

type Props = { days: BoardDay[]; items: BoardItem[]; canReschedule: boolean; timeZoneLabel: string; view: "week" | "month" };

const kindLabel: Record<CalendarItem["kind"], string> = { publish: "Goes live", unpublish: "Comes down", published: "Published" };
const movable = (item: BoardItem) => item.kind !== "published";

export function CalendarBoard({ days, items, canReschedule, timeZoneLabel, view }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [when, setWhen] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  const keyOf = (item: BoardItem) => `${item.kind}:${item.id}`;
  const move = async (item: BoardItem, local: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await rescheduleAction({ id: item.id, version: item.version, kind: item.kind, local });
      if (!result.ok) return setMessage({ text: `“${item.title}”: ${result.message}`, error: true });
      setEditing(null);
      setMessage({ text: `“${item.title}” now ${item.kind === "publish" ? "goes live" : "comes down"} ${local.replace("T", " at ")}.`, error: false });
      router.refresh();
    } catch {
      setMessage({ text: "Could not reach the server. Nothing was changed; try again.", error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <p role="status" aria-live="polite" className={message?.error ? "text-sm text-marquee-700" : "text-sm text-emerald-800"}>
        {message?.text ?? ""}
      </p>
      <ol className={`grid gap-px overflow-hidden rounded border border-zinc-200 bg-zinc-200 md:grid-cols-7`}>
        {days.map((d) => {
          const here = items.filter((i) => i.day === d.day);
          return (
            <li
              key={d.day}
              aria-labelledby={`day-${d.day}`}
              aria-current={d.isToday ? "date" : undefined}
              data-day={d.day}
              className={`flex flex-col gap-1 p-2 ${view === "week" ? "min-h-48" : "min-h-28"} ${d.isToday ? "bg-amber-50" : d.inMonth ? "bg-white" : "bg-zinc-50"} ${dropTarget === d.day ? "outline outline-2 outline-marquee-600" : ""}`}
              onDragOver={(e) => {
                if (!canReschedule || !e.dataTransfer.types.includes("application/x-marquee-item")) return;
                e.preventDefault();
                setDropTarget(d.day);
              }}
              onDragLeave={() => setDropTarget((t) => (t === d.day ? null : t))}
              onDrop={(e) => {
                e.preventDefault();
                setDropTarget(null);
                const item = items.find((i) => keyOf(i) === e.dataTransfer.getData("application/x-marquee-item"));
                if (item && item.day !== d.day) void move(item, `${d.day}T${item.time}`);
              }}
            >
              <h2 id={`day-${d.day}`} className={`text-xs font-semibold uppercase tracking-wide ${d.inMonth ? "text-zinc-700" : "text-zinc-500"}`}>
                {d.label}
                {d.isToday ? <span className="ml-1 rounded bg-marquee-600 px-1 text-white normal-case">Today</span> : null}
              </h2>
              {here.length ? (
                <ul className="flex flex-col gap-1">
                  {here.map((item) => (
                    <li
                      key={keyOf(item)}
                      draggable={canReschedule && movable(item) && !busy}
                      onDragStart={(e) => {
                        e.dataTransfer.setData("application/x-marquee-item", keyOf(item));
                        e.dataTransfer.effectAllowed = "move";
                      }}
                      data-kind={item.kind}
                      className={`rounded border-l-4 bg-white px-2 py-1 text-xs shadow-sm ${canReschedule && movable(item) ? "cursor-grab" : ""}`}
                      style={{ borderLeftColor: item.color }}
                    >
                      <p className="text-zinc-600">
                        <time dateTime={item.at}>{item.timeLabel}</time> · {kindLabel[item.kind]}
                        {item.section ? ` · ${item.section.name}` : ""}
                      </p>
                      {item.kind === "published" ? (
                        <Link href={`/articles/${item.slug}`} className="font-semibold hover:underline">
                          {item.title}
                        </Link>
                      ) : (
                        <Link href={`/admin/articles/${item.id}`} className="font-semibold hover:underline">
                          {item.title}
                        </Link>
                      )}
                      {canReschedule && movable(item) ? (
                        editing === keyOf(item) ? (
                          <form
                            className="mt-1 flex flex-col gap-1"
                            onSubmit={(e) => {
                              e.preventDefault();
                              void move(item, when);
                            }}
                          >
                            <label htmlFor={`when-${keyOf(item)}`} className="font-semibold">
                              {item.kind === "publish" ? "New publish time" : "New unpublish time"} ({timeZoneLabel})
                            </label>
                            <input
                              id={`when-${keyOf(item)}`}
                              type="datetime-local"
                              required
                              value={when}
                              onChange={(e) => setWhen(e.target.value)}
                              className="rounded border border-zinc-400 px-1 py-0.5"
                            />
                            <span className="flex gap-2">
                              <button type="submit" disabled={busy} className="rounded bg-marquee-600 px-2 py-0.5 font-semibold text-white">
                                Save time
                              </button>
                              <button type="button" onClick={() => setEditing(null)} className="px-2 py-0.5">
                                Cancel
                              </button>
                            </span>
                          </form>
                        ) : (
                          <button
                            type="button"
                            className="mt-1 text-marquee-700 underline"
                            aria-label={`Reschedule “${item.title}”`}
                            onClick={() => {
                              setWhen(item.local);
                              setEditing(keyOf(item));
                            }}
                          >
                            Reschedule
                          </button>
                        )
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="sr-only">Nothing scheduled</p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
