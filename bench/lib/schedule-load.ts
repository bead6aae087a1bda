// bench:schedule --load: scheduled publishing while readers load the site.
// For one and then two app instances behind one Varnish (each running its
// scheduler), it measures the capacity of the cached article and home page
// where the readers go (the app instances, or the edge: ReaderPath),
// then for each load level runs readers at that share of it (wrk, each
// connection paced to its share of the rate: wrk-paced.lua) while a story
// falls due every second, watched by
// one shared poller through the edge (shared-watch.ts). Claim lateness is
// from the database: due time to the commit of the scheduled publish.
import { startVarnish } from "../../scripts/lib/varnish";
import { startApp } from "./app";
import { measurePage, mixedCapacity, type PageCapacity } from "./capacity";
import { type Server, waitForHttp } from "./processes";
import { ms, table } from "./report";
import type * as Desk from "./schedule-desk";
import { type SharedOutcome, type WatcherAnswers, watchShared } from "./shared-watch";
import { type Summary, summarize } from "./stats";
import { runWrk } from "./wrk";

/**
 * Where the readers go: `app`, straight to the app instances (split evenly),
 * at a share of their own capacity: the servers themselves saturated, as by a
 * viral story the edge does not absorb (misses, passes, no edge); `edge`,
 * through Varnish at a share of its capacity: the whole machine saturated by
 * cached reads. The watcher looks through the edge either way.
 */
export type ReaderPath = "app" | "edge";

export type LoadSettings = {
  desk: typeof Desk;
  readers: ReaderPath;
  /** Seconds of stories, one due every second. */
  duration: number;
  /** Reader load levels, in % of the measured capacity. */
  loads: number[];
  /** Path of the cached article the readers ask for. */
  article: string;
  appPorts: number[];
  edgePort: number;
  purgeSecret: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
};

export type Capacity = {
  /** Requests a second of a half-article, half-home mix through the edge. */
  requestsPerSecond: number;
  pages: PageCapacity[];
};

/** What one reader (one wrk, one URL) offered and got. */
export type ReaderResult = { url: string; offeredPerSecond: number; answeredPerSecond: number; p50Ms: number; p99Ms: number; errors: number };

export type LoadRun = {
  readersTo: ReaderPath;
  instances: number;
  loadPercent: number;
  capacity: Capacity;
  offeredPerSecond: number;
  readers: ReaderResult[];
  claim: Summary | null;
  visible: Summary | null;
  visibleByPlace: Record<string, Summary | null>;
  missed: number;
  early: number;
  exactlyOnce: string[];
  notes: string[];
  /** What the watcher's requests through the edge got, by HTTP status. */
  watcherAnswers: WatcherAnswers;
  /** The five latest stories (missed first), with when each place showed them. */
  slowest: (SharedOutcome & { claimMs: number | null })[];
};

const CAPACITY_WINDOW = { warmupSeconds: 3, seconds: 8 };
/** Readers keep going this long after the last story's due time, while its last places catch up. */
const READER_TAIL_MS = 3_000;
/** Each reader connection waits about this long between requests: well above a cached page's answer time, so the offered rate holds. */
const READER_INTERVAL_MS = 50;
export const LOAD_TARGETS = { claimP99Ms: 100, visibleP50Ms: 200, visibleP99Ms: 1_000, overloadVisibleP99Ms: 2_000 };

export async function runLoadMode(s: LoadSettings): Promise<LoadRun[]> {
  const runs: LoadRun[] = [];
  const edgeBase = `http://127.0.0.1:${s.edgePort}`;
  for (const instances of [1, 2]) {
    const ports = s.appPorts.slice(0, instances);
    const apps = ports.map((port, i) => startApp(`Marquee ${i + 1}`, port, s.env, s.logFile));
    try {
      for (const [i, app] of apps.entries()) await waitForHttp(`http://127.0.0.1:${ports[i]}/`, app);
      const varnish = await startVarnish({ port: s.edgePort, backendPort: ports, purgeSecret: s.purgeSecret });
      try {
        const edge: Server = { name: "Varnish", pid: varnish.pid, port: s.edgePort, child: varnish.child, stop: varnish.stop };
        await waitForHttp(`${edgeBase}/`, edge);
        const plural = instances > 1 ? "s" : "";
        const bases = s.readers === "edge" ? [edgeBase] : ports.map((port) => `http://127.0.0.1:${port}`);
        console.log(`${instances} instance${plural}: capacity of ${s.article} and / (${s.readers === "edge" ? "through the edge" : "at the app"})…`);
        const capacity = await measureCapacity(s.article, bases, s.readers === "edge" ? [edge] : apps);
        console.log(describeCapacity(capacity, s.readers));
        for (const load of s.loads) {
          const offered = (capacity.requestsPerSecond * load) / 100;
          console.log(`${instances} instance${plural}, readers at ${load}% (${offered.toFixed(0)} req/s), ${s.duration} stories…`);
          const readerUrls = bases.flatMap((base) => [`${base}${s.article}`, `${base}/`]);
          const run = await runLevel(s, `${s.readers}-n${instances}-${load}`, edgeBase, readerUrls, offered);
          runs.push({ readersTo: s.readers, instances, loadPercent: load, capacity, offeredPerSecond: offered, ...run });
        }
      } finally {
        await varnish.stop();
      }
    } finally {
      for (const app of apps) await app.stop();
    }
  }
  return runs;
}

/**
 * Capacity where the readers go (every base at once, `servers` answering):
 * wrk costs less CPU per request than Varnish or the app's page cache, so it
 * can saturate them here.
 */
export async function measureCapacity(article: string, bases: string[], servers: Server[]): Promise<Capacity> {
  const pages: PageCapacity[] = [];
  for (const page of [article, "/"])
    pages.push(
      await measurePage(
        bases.map((base) => `${base}${page}`),
        servers,
        CAPACITY_WINDOW,
      ),
    );
  return { requestsPerSecond: mixedCapacity(pages[0].requestsPerSecond, pages[1].requestsPerSecond), pages };
}

function describeCapacity(c: Capacity, readers: ReaderPath = "edge"): string {
  const who = readers === "edge" ? "Varnish" : "app";
  const line = (p: PageCapacity) =>
    `  ${p.url}: ${p.requestsPerSecond.toFixed(0)} req/s, p99 ${ms(p.p99Ms)} ms, ${who} CPU ${p.serverCpuPercent.toFixed(0)}%, ${p.serverCpuMsPerRequest.toFixed(3)} ms/request`;
  return [...c.pages.map(line), `  capacity of a half-article, half-home mix: ${c.requestsPerSecond.toFixed(0)} req/s`].join("\n");
}

type LevelRun = Omit<LoadRun, "readersTo" | "instances" | "loadPercent" | "capacity" | "offeredPerSecond">;

async function runLevel(s: LoadSettings, label: string, edgeBase: string, readerUrls: string[], offered: number): Promise<LevelRun> {
  // Whole seconds, far enough ahead that every story is scheduled before the first falls due.
  const first = Math.ceil((Date.now() + 5_000 + 50 * s.duration) / 1000) * 1000;
  const probes = await s.desk.scheduleStories(
    label,
    Array.from({ length: s.duration }, (_, i) => new Date(first + i * 1000)),
  );
  const notes: string[] = [];
  if (Date.now() > first - 1_000) notes.push(`scheduling ended ${Date.now() - first} ms from the first due time`);
  const seconds = Math.ceil((first + s.duration * 1000 + READER_TAIL_MS - Date.now()) / 1000);
  const readers = startReaders(readerUrls, offered, seconds);
  const { outcomes, answers: watcherAnswers } = await watchShared(edgeBase, probes);
  const unexpected = Object.entries(watcherAnswers).filter(([status]) => status !== "200" && status !== "404");
  if (unexpected.length) notes.push(`the watcher got ${unexpected.map(([status, n]) => `${n} x ${status}`).join(", ")}`);
  const readerResults = await readers;
  const claims = await s.desk.claimLateness(probes);
  const exactlyOnce = await s.desk.exactlyOnceProblems(probes.map((p) => p.id));
  const measured = (values: (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null);
    return present.length ? summarize(present) : null;
  };
  const slowest = outcomes
    .map((o, i) => ({ ...o, claimMs: claims[i] }))
    .sort((a, b) => (b.lateMs ?? Infinity) - (a.lateMs ?? Infinity))
    .slice(0, 5);
  return {
    readers: readerResults,
    claim: measured(claims),
    visible: measured(outcomes.map((o) => o.lateMs)),
    visibleByPlace: Object.fromEntries((["page", "home", "feed"] as const).map((place) => [place, measured(outcomes.map((o) => o.byPlace[place]))])),
    missed: outcomes.filter((o) => o.lateMs === null).length,
    early: outcomes.filter((o) => o.early).length,
    exactlyOnce,
    notes,
    watcherAnswers,
    slowest,
  };
}

/** Readers at `offered` requests a second in all, shared evenly by `urls`, for `seconds`: one wrk per URL. */
export function startReaders(urls: string[], offered: number, seconds: number): Promise<ReaderResult[]> {
  const rate = offered / urls.length;
  const connections = Math.min(1000, Math.max(10, Math.ceil((rate * READER_INTERVAL_MS) / 1000)));
  return Promise.all(
    urls.map(async (url): Promise<ReaderResult> => {
      const r = await runWrk(url, { connections, threads: 1, seconds, rate });
      return { url, offeredPerSecond: rate, answeredPerSecond: r.requestsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: r.non2xx + r.socketErrors };
    }),
  );
}

/** What in `run` misses the issue's targets, or nothing. */
export function missedTargets(run: LoadRun): string[] {
  const t = LOAD_TARGETS;
  const visibleP99 = run.loadPercent > 100 ? t.overloadVisibleP99Ms : t.visibleP99Ms;
  const out: string[] = [];
  if (!run.claim || run.claim.p99 > t.claimP99Ms) out.push("claim p99");
  if (!run.visible || run.visible.p50 > t.visibleP50Ms) out.push("visible p50");
  if (!run.visible || run.visible.p99 > visibleP99) out.push("visible p99");
  if (run.missed) out.push("missed");
  if (run.early) out.push("early");
  if (run.exactlyOnce.length) out.push("exactly once");
  return out;
}

export function formatLoadRuns(runs: LoadRun[]): string {
  const rows = [
    [
      "readers to",
      "instances",
      "load",
      "offered req/s",
      "answered req/s",
      "reader p50/p99 ms",
      "reader errors",
      "claim p50/p99 ms",
      "visible p50/p99 ms",
      "missed",
      "early",
      "exactly once",
      "targets",
    ],
  ];
  for (const r of runs) {
    const worst = (key: "p50Ms" | "p99Ms") => Math.max(...r.readers.map((x) => x[key]));
    const missed = missedTargets(r);
    rows.push([
      r.readersTo,
      String(r.instances),
      `${r.loadPercent}%`,
      r.offeredPerSecond.toFixed(0),
      r.readers.reduce((sum, x) => sum + x.answeredPerSecond, 0).toFixed(0),
      `${ms(worst("p50Ms"))} / ${ms(worst("p99Ms"))}`,
      String(r.readers.reduce((sum, x) => sum + x.errors, 0)),
      `${ms(r.claim?.p50)} / ${ms(r.claim?.p99)}`,
      `${ms(r.visible?.p50)} / ${ms(r.visible?.p99)}`,
      String(r.missed),
      String(r.early),
      r.exactlyOnce.length ? r.exactlyOnce.join("; ") : "ok",
      missed.length ? `missed: ${missed.join(", ")}` : "met",
    ]);
  }
  const t = LOAD_TARGETS;
  return [
    table(rows),
    "",
    "answered: what wrk got (below offered when answers took longer than a connection's pause, or the edge was at capacity).",
    "reader p50/p99: the worse of article and home, from each request's send; errors include non-2xx answers.",
    `Targets: claim lateness p99 <= ${t.claimP99Ms} ms at every load; visible (page, home and feed through the edge) p50 <= ${t.visibleP50Ms} ms,`,
    `p99 <= ${t.visibleP99Ms} ms up to 100% and <= ${t.overloadVisibleP99Ms} ms above; none missed, none early, exactly once.`,
    ...runs.filter((r) => r.notes.length).map((r) => `Note, ${r.readersTo} readers, ${r.instances} instance(s) at ${r.loadPercent}%: ${r.notes.join("; ")}.`),
  ].join("\n");
}
