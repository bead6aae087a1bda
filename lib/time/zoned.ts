// Wall-clock times in the newsroom's zone <-> instants, with no library:
// Intl knows every zone's offsets, including daylight-saving changes.

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant at which clocks in `timeZone` show `local` ("2026-03-08T09:00").
 * A time skipped by a spring-forward change moves forward by the gap; a time
 * that occurs twice at a fall-back change means the first (daylight) one.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 February and the like
  const before = offsetMinutes(new Date(wall - 86_400_000 / 2), timeZone);
  const after = offsetMinutes(new Date(wall + 86_400_000 / 2), timeZone);
  const candidates = [...new Set([before, after])].map((offset) => wall - offset * 60_000);
  const exact = candidates.filter((t) => offsetMinutes(new Date(t), timeZone) * 60_000 === wall - t).sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0]);
  // In the gap of a spring-forward change: keep the pre-change offset, which lands after the gap.
  return new Date(wall - before * 60_000);
}

/** "2026-03-08T09:00" as clocks in `timeZone` show `instant`. */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** "America/Port_of_Spain" as people read it: "America/Port of Spain". */
export const zoneLabel = (timeZone: string) => timeZone.replaceAll("_", " ");
