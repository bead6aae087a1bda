// Watching scheduled stories go live: from a little before each one's time,
// poll its page, the home page and the feed on every instance until all show
// it; report how late the last of them was, and whether any showed it early.
import { sleep, timedGet } from "./http";

export type ScheduledProbe = { id: string; slug: string; title: string; at: Date };
export type ProbeOutcome = {
  id: string;
  lateMs: number | null;
  early: boolean;
  byUrl: Record<string, number | null>;
  /** What each URL answered while the story was not on it yet: status -> count. */
  answers: Record<string, Record<string, number>>;
  /** The last body of each URL that never showed the story, to see what it showed instead. */
  missedBodies: Record<string, string>;
};

const POLL_MS = 20;
const LEAD_MS = 400;

type Seen = { ms: number | null; early: boolean; answers: Record<string, number>; lastBody?: string };

async function firstSeen(url: string, needle: string, due: number, from: number, deadline: number): Promise<Seen> {
  let early = false;
  const answers: Record<string, number> = {};
  let lastBody = "";
  while (Date.now() < deadline) {
    const startedAt = Date.now();
    const response = await timedGet(url).catch(() => null);
    if (response && response.status === 200 && response.body.includes(needle)) {
      // A response complete before the due time showed the story early.
      if (startedAt + response.ms < due) early = true;
      return { ms: Math.max(0, Date.now() - from), early, answers };
    }
    lastBody = response?.body ?? "";
    const key = response ? `${response.status}${response.ms > 1000 ? " slow" : ""}` : "no answer";
    answers[key] = (answers[key] ?? 0) + 1;
    await sleep(POLL_MS);
  }
  return { ms: null, early, answers, lastBody };
}

/**
 * Watches one story on every base URL; resolves once all show it or `timeoutMs`
 * after `from`. Lateness counts from `from`: the due time, or for the restart
 * runs the moment the server or database came back.
 */
export async function watchProbe(
  bases: string[],
  probe: ScheduledProbe,
  { from = probe.at, timeoutMs = 15_000, home = true }: { from?: Date; timeoutMs?: number; home?: boolean } = {},
): Promise<ProbeOutcome> {
  const at = from.getTime();
  const wait = at - LEAD_MS - Date.now();
  if (wait > 0) await sleep(wait);
  // The home page lists the seven newest stories: `home: false` when more go live at once.
  const urls = bases.flatMap((base) => [`${base}/articles/${probe.slug}`, ...(home ? [`${base}/`] : []), `${base}/feed.xml`]);
  // The feed escapes titles; a run id in the slug-like title keeps the needle plain ASCII.
  const seen = await Promise.all(urls.map((url) => firstSeen(url, probe.title, probe.at.getTime(), at, at + timeoutMs)));
  const byUrl = Object.fromEntries(urls.map((url, i) => [url, seen[i].ms]));
  const missing = seen.some((s) => s.ms === null);
  const answers = Object.fromEntries(urls.map((url, i) => [url, seen[i].answers]));
  const missedBodies = Object.fromEntries(urls.flatMap((url, i) => (seen[i].ms === null ? [[url, seen[i].lastBody ?? ""]] : [])));
  return {
    id: probe.id,
    lateMs: missing ? null : Math.max(...seen.map((s) => s.ms as number)),
    early: seen.some((s) => s.early),
    byUrl,
    answers,
    missedBodies,
  };
}
