// Calendar arithmetic on the newsroom's wall clock: which days a week or
// month view shows, and where an instant falls. Days are "YYYY-MM-DD" strings
// in NEWSROOM_TIMEZONE; weeks start on Monday.
import { utcToZonedLocal, zonedLocalToUtc } from "./zoned";

export type CalendarView = "week" | "month";
export type CalendarRange = { view: CalendarView; anchor: string; days: string[]; start: Date; end: Date; monthOf: string | null };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The newsroom's date of `instant`. */
export const localDay = (instant: Date, timeZone: string) => utcToZonedLocal(instant, timeZone).slice(0, 10);
/** The newsroom's "HH:MM" of `instant`. */
export const localTime = (instant: Date, timeZone: string) => utcToZonedLocal(instant, timeZone).slice(11, 16);

export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && +m[1] >= 1970 && +m[1] <= 9999;
}

/** Calendar days as plain dates: no zone is involved until a day becomes instants. */
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const fromDate = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

export function addMonths(day: string, n: number): string {
  const d = toDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return fromDate(target);
}

const mondayOf = (day: string) => addDays(day, -((toDate(day).getUTCDay() + 6) % 7));

/** The days a view around `anchor` shows, and the instants that bound them in `timeZone`. */
export function calendarRange(view: CalendarView, anchor: string, timeZone: string): CalendarRange {
  let first: string;
  let count: number;
  let monthOf: string | null = null;
  if (view === "week") {
    first = mondayOf(anchor);
    count = 7;
  } else {
    monthOf = `${anchor.slice(0, 7)}-01`;
    first = mondayOf(monthOf);
    const lastOfMonth = addDays(addMonths(monthOf, 1), -1);
    const lastShown = addDays(mondayOf(lastOfMonth), 6);
    count = Math.round((toDate(lastShown).getTime() - toDate(first).getTime()) / 86_400_000) + 1;
  }
  const days = Array.from({ length: count }, (_, i) => addDays(first, i));
  return {
    view,
    anchor,
    days,
    monthOf,
    start: zonedLocalToUtc(`${days[0]}T00:00`, timeZone)!,
    end: zonedLocalToUtc(`${addDays(days[days.length - 1], 1)}T00:00`, timeZone)!,
  };
}

/** The anchor of the previous or next week or month. */
export const stepAnchor = (view: CalendarView, anchor: string, direction: -1 | 1) =>
  view === "week" ? addDays(anchor, 7 * direction) : addMonths(anchor, direction);
