import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { type BoardItem, CalendarBoard } from "@/components/admin/calendar-board";
import { OverdueBanner } from "@/components/admin/overdue-banner";
import { requirePageActor } from "@/lib/auth/session";
import { mayChangePublishTime } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { firstValue } from "@/lib/params";
import { listCalendarItems } from "@/lib/publishing/calendar";
import { type CalendarView, calendarRange, isDay, localDay, localTime, stepAnchor } from "@/lib/time/calendar";
import { utcToZonedLocal, zoneLabel } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Calendar" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function CalendarPage({ searchParams }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading the calendar…</p>}>
      <Calendar searchParams={searchParams} />
    </Suspense>
  );
}

// Sections keep their colour from view to view; the name is always written too.
const palette = ["#b91c1c", "#1d4ed8", "#047857", "#7c3aed", "#b45309", "#be185d", "#0e7490", "#4d7c0f"];
function sectionColor(slug: string | undefined): string {
  if (!slug) return "#71717a";
  let hash = 0;
  for (const ch of slug) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length];
}

async function Calendar({ searchParams }: Props) {
  const actor = await requirePageActor("dashboard:view", "/admin/calendar");
  const { NEWSROOM_TIMEZONE: timeZone } = getEnv();
  const raw = await searchParams;
  const view: CalendarView = firstValue(raw.view) === "month" ? "month" : "week";
  const today = localDay(new Date(), timeZone);
  const asked = firstValue(raw.date) ?? "";
  const anchor = isDay(asked) ? asked : today;
  const range = calendarRange(view, anchor, timeZone);
  const items = await listCalendarItems(actor, range.start, range.end);

  const dayLabel = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  const timeLabel = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit", timeZone });
  const heading = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${range.monthOf ?? anchor}T12:00:00Z`),
  );
  const href = (v: CalendarView, date: string) => `/admin/calendar?${new URLSearchParams({ view: v, date })}`;
  const board: BoardItem[] = items.map((i) => {
    const at = new Date(i.at);
    return {
      ...i,
      day: localDay(at, timeZone),
      time: localTime(at, timeZone),
      local: utcToZonedLocal(at, timeZone),
      timeLabel: timeLabel.format(at),
      color: sectionColor(i.section?.slug),
    };
  });
  const sectionsShown = [...new Map(items.filter((i) => i.section).map((i) => [i.section!.slug, i.section!.name])).entries()];

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-baseline gap-2">
          <h1 className="text-2xl font-bold">Calendar</h1>
          <p className="text-lg text-zinc-600">{view === "week" ? `Week of ${dayLabel.format(new Date(`${range.days[0]}T12:00:00Z`))}` : heading}</p>
        </div>
        <nav aria-label="Calendar" className="flex flex-wrap items-center gap-2 text-sm">
          <Link href={href(view, stepAnchor(view, anchor, -1))} className="rounded border border-zinc-400 px-2 py-1">
            ← Previous {view}
          </Link>
          <Link href={href(view, today)} className="rounded border border-zinc-400 px-2 py-1">
            Today
          </Link>
          <Link href={href(view, stepAnchor(view, anchor, 1))} className="rounded border border-zinc-400 px-2 py-1">
            Next {view} →
          </Link>
          <Link
            href={href("week", anchor)}
            aria-current={view === "week" ? "page" : undefined}
            className={`rounded px-2 py-1 ${view === "week" ? "bg-zinc-800 text-white" : "underline"}`}
          >
            Week
          </Link>
          <Link
            href={href("month", anchor)}
            aria-current={view === "month" ? "page" : undefined}
            className={`rounded px-2 py-1 ${view === "month" ? "bg-zinc-800 text-white" : "underline"}`}
          >
            Month
          </Link>
        </nav>
      </div>
      <OverdueBanner actor={actor} />
      <p className="text-sm text-zinc-600">
        Times are {zoneLabel(timeZone)} time.{" "}
        {mayChangePublishTime(actor) ? "Drag a scheduled story to another day, or use its Reschedule button." : "Editors can reschedule stories here."}
      </p>
      {sectionsShown.length ? (
        <ul aria-label="Sections" className="flex flex-wrap gap-3 text-xs">
          {sectionsShown.map(([slug, name]) => (
            <li key={slug} className="flex items-center gap-1">
              <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: sectionColor(slug) }} />
              {name}
            </li>
          ))}
        </ul>
      ) : null}
      <CalendarBoard
        view={view}
        timeZoneLabel={zoneLabel(timeZone)}
        canReschedule={mayChangePublishTime(actor)}
        items={board}
        days={range.days.map((day) => ({
          day,
          label: dayLabel.format(new Date(`${day}T12:00:00Z`)),
          isToday: day === today,
          inMonth: !range.monthOf || day.slice(0, 7) === range.monthOf.slice(0, 7),
        }))}
      />
    </div>
  );
}
