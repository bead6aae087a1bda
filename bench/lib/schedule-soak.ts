// bench:schedule --soak: scheduled publishing over a long run, with the
// failures a production night brings. Two app instances (each running its
// scheduler) behind one Varnish with health probes, readers at a share of
// the measured capacity for the whole run, a story due every few seconds, and
// in the middle PostgreSQL restarted once and one app instance killed with
// SIGKILL and started again. Every story must go live exactly once; lateness
// (claim: due time to commit; visible: on page, home and feed through the
// edge) is reported per phase.
import { startVarnish } from "../../scripts/lib/varnish";
import { startApp } from "./app";
import { sleep } from "./http";
import type { OwnPostgres } from "./own-postgres";
import { type Server, waitForHttp } from "./processes";
import { ms, table } from "./report";
import type * as Desk from "./schedule-desk";
import { measureCapacity, startReaders, type Capacity, type ReaderResult } from "./schedule-load";
import { type SharedOutcome, type WatcherAnswers, watchShared } from "./shared-watch";
import { type Summary, summarize } from "./stats";

export type SoakSettings = {
  desk: typeof Desk;
  own: OwnPostgres;
  minutes: number;
  /** Seconds between due times. */
  everySeconds: number;
  /** Reader load, in % of the measured capacity. */
  loadPercent: number;
  article: string;
  appPorts: [number, number];
  edgePort: number;
  purgeSecret: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
};

/** A window of due times around an event, and how it went. */
type Window = { phase: string; from: number; to: number };

export type PhaseResult = { phase: string; stories: number; claim: Summary | null; visible: Summary | null; missed: number; early: number };

export type SoakRun = {
  minutes: number;
  everySeconds: number;
  loadPercent: number;
  capacity: Capacity;
  offeredPerSecond: number;
  readers: ReaderResult[];
  events: { at: string; what: string }[];
  phases: PhaseResult[];
  exactlyOnce: string[];
  /** What the watcher's requests through the edge got, by HTTP status. */
  watcherAnswers: WatcherAnswers;
  slowest: (SharedOutcome & { claimMs: number | null })[];
};

/** A story counts as missed if it is not on every surface this long after its time (the run's outages last seconds). */
const MISSED_AFTER_MS = 60_000;
/** Stories due this long after an outage ended still count toward its phase. */
const RECOVERY_MS = 30_000;
const INSTANCE_DOWN_MS = 5_000;

export async function runSoak(s: SoakSettings): Promise<SoakRun> {
  const edgeBase = `http://127.0.0.1:${s.edgePort}`;
  const start = (i: number) => startApp(`Marquee ${i + 1}`, s.appPorts[i], s.env, s.logFile);
  const apps: Server[] = [start(0), start(1)];
  const events: SoakRun["events"] = [];
  const note = (what: string) => {
    events.push({ at: new Date().toISOString(), what });
    console.log(`  ${new Date().toISOString().slice(11, 19)} ${what}`);
  };
  try {
    for (const [i, app] of apps.entries()) await waitForHttp(`http://127.0.0.1:${s.appPorts[i]}/`, app);
    // With health probes, as in production (deploy/varnish): a dead instance is taken out of rotation.
    const varnish = await startVarnish({ port: s.edgePort, backendPort: s.appPorts, purgeSecret: s.purgeSecret, probe: true });
    try {
      const edge: Server = { name: "Varnish", pid: varnish.pid, port: s.edgePort, child: varnish.child, stop: varnish.stop };
      await waitForHttp(`${edgeBase}/`, edge);
      console.log(`Soak: capacity of ${s.article} and / through the edge…`);
      const capacity = await measureCapacity(s.article, [edgeBase], [edge]);
      const offered = (capacity.requestsPerSecond * s.loadPercent) / 100;
      const count = Math.floor((s.minutes * 60) / s.everySeconds);
      const first = Math.ceil((Date.now() + 10_000 + 20 * count) / 1000) * 1000;
      const times = Array.from({ length: count }, (_, i) => new Date(first + i * s.everySeconds * 1000));
      console.log(`Soak: ${count} stories, one every ${s.everySeconds} s, readers at ${s.loadPercent}% (${offered.toFixed(0)} req/s)…`);
      const probes = await s.desk.scheduleStories("soak", times);
      const last = times.at(-1)!.getTime();
      const seconds = Math.ceil((last + 5_000 - Date.now()) / 1000);
      const readers = startReaders([`${edgeBase}${s.article}`, `${edgeBase}/`], offered, seconds);
      const watching = watchShared(edgeBase, probes, { timeoutMs: MISSED_AFTER_MS });

      const windows: Window[] = [];
      const span = last - first;
      // PostgreSQL restarted a third of the way in.
      await sleep(first + span / 3 - Date.now());
      const dbDown = Date.now();
      note("stopping PostgreSQL");
      await s.own.pg.stop();
      await s.own.pg.start();
      note("PostgreSQL started again");
      windows.push({ phase: "database restart", from: dbDown, to: Date.now() + RECOVERY_MS });
      // One instance killed two thirds of the way in, started again a few seconds later.
      await sleep(first + (2 * span) / 3 - Date.now());
      const killed = Date.now();
      note("SIGKILL to instance 2");
      process.kill(-apps[1].pid, "SIGKILL");
      await sleep(INSTANCE_DOWN_MS);
      apps[1] = start(1);
      await waitForHttp(`http://127.0.0.1:${s.appPorts[1]}/`, apps[1]);
      note("instance 2 answering again");
      windows.push({ phase: "instance killed", from: killed, to: Date.now() + RECOVERY_MS });

      const { outcomes, answers: watcherAnswers } = await watching;
      const readerResults = await readers;
      const claims = await s.desk.claimLateness(probes);
      const exactlyOnce = await s.desk.exactlyOnceProblems(probes.map((p) => p.id));
      const phaseOf = (at: Date) => windows.find((w) => at.getTime() >= w.from && at.getTime() < w.to)?.phase ?? "steady";
      const phases = ["steady", ...windows.map((w) => w.phase)].map((phase): PhaseResult => {
        const idx = probes.map((p, i) => (phaseOf(p.at) === phase ? i : -1)).filter((i) => i >= 0);
        const summary = (values: (number | null)[]) => {
          const present = values.filter((v): v is number => v !== null);
          return present.length ? summarize(present) : null;
        };
        return {
          phase,
          stories: idx.length,
          claim: summary(idx.map((i) => claims[i])),
          visible: summary(idx.map((i) => outcomes[i].lateMs)),
          missed: idx.filter((i) => outcomes[i].lateMs === null).length,
          early: idx.filter((i) => outcomes[i].early).length,
        };
      });
      const slowest = outcomes
        .map((o, i) => ({ ...o, claimMs: claims[i] }))
        .sort((a, b) => (b.lateMs ?? Infinity) - (a.lateMs ?? Infinity))
        .slice(0, 5);
      return {
        minutes: s.minutes,
        everySeconds: s.everySeconds,
        loadPercent: s.loadPercent,
        capacity,
        offeredPerSecond: offered,
        readers: readerResults,
        events,
        phases,
        exactlyOnce,
        watcherAnswers,
        slowest,
      };
    } finally {
      await varnish.stop();
    }
  } finally {
    for (const app of apps) await app.stop();
  }
}

export function formatSoak(run: SoakRun): string {
  const rows = [["phase (by due time)", "stories", "claim p50/p99/max ms", "visible p50/p99/max ms", "missed", "early"]];
  for (const p of run.phases) {
    rows.push([
      p.phase,
      String(p.stories),
      `${ms(p.claim?.p50)} / ${ms(p.claim?.p99)} / ${ms(p.claim?.max)}`,
      `${ms(p.visible?.p50)} / ${ms(p.visible?.p99)} / ${ms(p.visible?.max)}`,
      String(p.missed),
      String(p.early),
    ]);
  }
  const answered = run.readers.reduce((sum, r) => sum + r.answeredPerSecond, 0);
  const errors = run.readers.reduce((sum, r) => sum + r.errors, 0);
  return [
    table(rows),
    "",
    `Readers: ${run.offeredPerSecond.toFixed(0)} req/s offered (${run.loadPercent}% of ${run.capacity.requestsPerSecond.toFixed(0)}), ${answered.toFixed(0)} answered, ${errors} errors.`,
    `Exactly once: ${run.exactlyOnce.length ? run.exactlyOnce.join("; ") : "ok (none published twice, none left unpublished)"}.`,
    `Watcher answers through the edge: ${Object.entries(run.watcherAnswers)
      .map(([status, n]) => `${n} x ${status}`)
      .join(", ")}.`,
    `Events: ${run.events.map((e) => `${e.at.slice(11, 19)} ${e.what}`).join("; ")}.`,
    `Phases: "database restart" and "instance killed" hold the stories due from the event until ${RECOVERY_MS / 1000} s after it ended; missed: not on page, home and feed within ${MISSED_AFTER_MS / 1000} s.`,
  ].join("\n");
}
