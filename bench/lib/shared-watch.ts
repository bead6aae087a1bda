// One watcher for many scheduled stories: every tick it asks for the page of
// each story due within the lead and not yet seen there, plus the home page
// and the feed once for all of them, so its own requests stay a fixed modest
// rate however many stories run late (watchProbe polls every URL of every
// story in a closed loop, which becomes the load). A URL still answering is
// not asked again until it has answered. Before its time a story's page is
// asked for only every PRE_DUE_MS (enough to see it early, if it were): its
// 404 is uncached, and an edge's flood guard counts uncached requests per
// client (marquee.vcl answers 429 past 250 in 10 s), so the watcher keeps
// well below that. Every answer's status is counted, so a throttled or
// failing edge shows in the results instead of as stories never seen.
import { sleep } from "./http";
import type { ScheduledProbe } from "./schedule-watch";

export type SharedWatchOptions = { tickMs?: number; leadMs?: number; timeoutMs?: number };
/** Per story: when each place first showed it (ms after its due time, null if never), and whether one showed it early. */
export type SharedOutcome = { id: string; at: Date; lateMs: number | null; early: boolean; byPlace: Record<Place, number | null> };
/** What the watcher's requests got: HTTP status (or "failed") to count. */
export type WatcherAnswers = Record<string, number>;

/** A story's page is asked for this often before its time. */
const PRE_DUE_MS = 250;

type Place = "page" | "home" | "feed";
const PLACES: Place[] = ["page", "home", "feed"];

/** Watches `probes` through `base` until every story shows on its page, `/` and `/feed.xml`, or `timeoutMs` after its due time. */
export async function watchShared(
  base: string,
  probes: ScheduledProbe[],
  { tickMs = 50, leadMs = 1_000, timeoutMs = 15_000 }: SharedWatchOptions = {},
): Promise<{ outcomes: SharedOutcome[]; answers: WatcherAnswers }> {
  const seen = new Map(probes.map((p) => [p.id, { page: null, home: null, feed: null } as Record<Place, number | null>]));
  const early = new Set<string>();
  const inFlight = new Set<string>();
  const answers: WatcherAnswers = {};
  const count = (answer: string) => (answers[answer] = (answers[answer] ?? 0) + 1);
  const askedAt = new Map<string, number>();
  const watching = () => probes.filter((p) => Date.now() >= p.at.getTime() - leadMs && Date.now() < p.at.getTime() + timeoutMs);
  const open = (p: ScheduledProbe) => PLACES.some((place) => seen.get(p.id)![place] === null);
  const lastDeadline = Math.max(...probes.map((p) => p.at.getTime() + timeoutMs));

  // Marks every story in `among` that `body` shows, for `place`, at the time the response was complete.
  const record = (place: Place, among: ScheduledProbe[], body: string) => {
    const now = Date.now();
    for (const p of among) {
      const places = seen.get(p.id)!;
      if (places[place] !== null || !body.includes(p.title)) continue;
      if (now < p.at.getTime()) early.add(p.id);
      places[place] = Math.max(0, now - p.at.getTime());
    }
  };
  const poll = (key: string, url: string, place: Place, among: ScheduledProbe[]) => {
    if (inFlight.has(key)) return;
    inFlight.add(key);
    askedAt.set(key, Date.now());
    void fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) })
      .then(async (response) => {
        count(String(response.status));
        return response.status === 200 ? record(place, among, await response.text()) : response.body?.cancel();
      })
      .catch(() => void count("failed"))
      .finally(() => inFlight.delete(key));
  };

  while (Date.now() < lastDeadline && probes.some(open)) {
    const tick = Date.now();
    const active = watching().filter(open);
    for (const p of active) {
      if (seen.get(p.id)!.page !== null) continue;
      if (tick < p.at.getTime() && tick - (askedAt.get(p.id) ?? -Infinity) < PRE_DUE_MS) continue;
      poll(p.id, `${base}/articles/${p.slug}`, "page", [p]);
    }
    // The home page lists the newest stories and the feed more: one request each, checked for every story watched.
    if (active.some((p) => seen.get(p.id)!.home === null)) poll("home", `${base}/`, "home", active);
    if (active.some((p) => seen.get(p.id)!.feed === null)) poll("feed", `${base}/feed.xml`, "feed", active);
    await sleep(Math.max(0, tick + tickMs - Date.now()));
  }
  const outcomes = probes.map((p) => {
    const byPlace = seen.get(p.id)!;
    const times = PLACES.map((place) => byPlace[place]);
    return {
      id: p.id,
      at: p.at,
      lateMs: times.some((t) => t === null) ? null : Math.max(...(times as number[])),
      early: early.has(p.id),
      byPlace,
    };
  });
  return { outcomes, answers };
}
