import { getEnv } from "@/lib/env";
import { formatNewsroomDate, formatShortDate } from "@/lib/format";

export function Timestamp({ iso, short = false }: { iso: string; short?: boolean }) {
  const zone = getEnv().NEWSROOM_TIMEZONE;
  return <time dateTime={iso}>{short ? formatShortDate(iso, zone) : formatNewsroomDate(iso, zone)}</time>;
}
