// npm run bench:schedule [-- --items 100 --spread 60 --skip-build --restarts-only]
// npm run bench:schedule -- --load [--readers app|edge|both --duration 120 --loads 50,90,110 --skip-build]
// npm run bench:schedule -- --soak [--minutes 30 --skip-build]
// Scheduled publishing, measured for real: an embedded PostgreSQL of its own
// (so the database-restart test stops nobody else's), the demo newsroom,
// `next build` + `next start`, and four runs:
//   1. --items stories scheduled across --spread seconds, one instance
//   2. the same with two instances sharing the database (exactly once, both serve it)
//   3. ten stories that fall due while the server is stopped
//   4. PostgreSQL restarted across a story's due time
// Lateness is from a story's scheduled time to its page, the home page and
// /feed.xml all showing it (run 3 publishes ten at once, more than the home
// page lists, so there it is the page and the feed). Prints a table, writes bench/results/<stamp>-schedule.json.
// With --load, instead: one and two instances behind Varnish, readers at a fixed
// share of the measured capacity while a story falls due every second (lib/schedule-load.ts).
// With --soak: two instances behind Varnish for --minutes, a story due every 5 s,
// readers at 50%, PostgreSQL restarted and one instance killed in the middle
// (lib/schedule-soak.ts).
import "../scripts/lib/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { buildApp, startApp } from "./lib/app";
import { pickTypicalArticle } from "./lib/bench-data";
import { sleep, timedGet } from "./lib/http";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { describeMachine } from "./lib/machine";
import { freePort, type Server, stopAll, waitForHttp } from "./lib/processes";
import { startOwnPostgres } from "./lib/own-postgres";
import { formatLoadRuns, type ReaderPath, runLoadMode } from "./lib/schedule-load";
import { type ProbeOutcome, watchProbe } from "./lib/schedule-watch";
import { summarize } from "./lib/stats";

const DATABASE = "marquee_bench_schedule";
const PASSWORD = "bench-schedule";

const { values: args } = parseArgs({
  options: {
    items: { type: "string", default: "100" },
    spread: { type: "string", default: "60" },
    "skip-build": { type: "boolean", default: false },
    "restarts-only": { type: "boolean", default: false },
    load: { type: "boolean", default: false },
    duration: { type: "string", default: "120" },
    loads: { type: "string", default: "50,90,110" },
    readers: { type: "string", default: "both" },
    soak: { type: "boolean", default: false },
    minutes: { type: "string", default: "30" },
  },
});

type Scenario = {
  name: string;
  items: number;
  late: ReturnType<typeof summarize> | null;
  missed: number;
  early: number;
  notes: string[];
  /** The five latest (missed first), with when each URL first showed them: for the JSON report. */
  slowest: ProbeOutcome[];
};

async function main() {
  const items = Number(args.items);
  const spreadSeconds = Number(args.spread);
  if (!Number.isInteger(items) || items < 1 || !(spreadSeconds > 0)) throw new LaunchError("--items and --spread must be positive numbers.");
  const duration = Number(args.duration);
  const loads = args.loads.split(",").map(Number);
  if (!Number.isInteger(duration) || duration < 1 || !loads.every((l) => l > 0)) throw new LaunchError("--duration and --loads must be positive numbers.");
  const readerPaths = args.readers === "both" ? ["app", "edge"] : [args.readers];
  if (!readerPaths.every((r): r is ReaderPath => r === "app" || r === "edge")) throw new LaunchError("--readers is app, edge or both.");
  const minutes = Number(args.minutes);
  if (!(minutes >= 1)) throw new LaunchError("--minutes must be at least 1.");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(process.cwd(), "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-schedule-servers.log`);

  // 1. A database server of our own.
  // Under --load, claim lateness is read from commit timestamps.
  const own = await startOwnPostgres("schedule", DATABASE, PASSWORD, args.load || args.soak ? ["-c", "track_commit_timestamp=on"] : []);
  const { pg, url } = own;
  const authSecret = randomBytes(32).toString("base64url");
  const ports = [await freePort(), await freePort()];
  const bases = ports.map((p) => `http://127.0.0.1:${p}`);
  Object.assign(process.env, { DATABASE_URL: url, AUTH_SECRET: authSecret, SITE_URL: bases[0], NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  const env: NodeJS.ProcessEnv = { ...process.env, MARQUEE_SCHEDULER: "on" };

  const cleanups: (() => Promise<unknown>)[] = [own.remove];
  const cleanup = async () => {
    await stopAll();
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));

  try {
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase(url);
    const { seedDemoContent } = await import("@/db/seed");
    await seedDemoContent({ password: PASSWORD, force: true });
    const desk = await import("./lib/schedule-desk");
    const client = await import("@/db/client");
    cleanups.push(() => client.sql.end({ timeout: 2 }));

    console.log(`Waiting for ${E2E_LOCK} (e2e runs and benchmarks share .next)…`);
    const lock = await acquireLock(E2E_LOCK, 900);
    cleanups.push(async () => lock.release());
    const machine = await describeMachine();
    if (!(args["skip-build"] && existsSync(".next/BUILD_ID"))) {
      await buildApp(env, logFile);
    }
    const machineLine = `${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.map((l) => l.toFixed(2)).join(" ")}`;

    if (args.load || args.soak) {
      const edgePort = await freePort();
      const edgeBase = `http://127.0.0.1:${edgePort}`;
      const purgeSecret = randomBytes(32).toString("base64url");
      const loadEnv = { ...env, SITE_URL: edgeBase, EDGE_PURGE_URLS: `${edgeBase}/`, EDGE_PURGE_SECRET: purgeSecret };
      const article = `/articles/${await pickTypicalArticle(client.sql)}`;
      if (args.soak) {
        const { formatSoak, runSoak } = await import("./lib/schedule-soak");
        const run = await runSoak({
          desk,
          own,
          minutes,
          everySeconds: 5,
          loadPercent: 50,
          article,
          appPorts: [ports[0], ports[1]],
          edgePort,
          purgeSecret,
          env: loadEnv,
          logFile,
        });
        const command = `npm run bench:schedule -- --soak --minutes ${minutes}`;
        writeFileSync(path.join(resultsDir, `${stamp}-schedule-soak.json`), JSON.stringify({ startedAt: stamp, command, machine, soak: run }, null, 2));
        console.log(`\n${command}\n${machineLine}\n\n${formatSoak(run)}`);
        return;
      }
      const runs = [];
      for (const readers of readerPaths) {
        runs.push(...(await runLoadMode({ desk, readers, duration, loads, article, appPorts: ports, edgePort, purgeSecret, env: loadEnv, logFile })));
      }
      const command = `npm run bench:schedule -- --load --readers ${args.readers} --duration ${duration} --loads ${loads.join(",")}`;
      writeFileSync(path.join(resultsDir, `${stamp}-schedule.json`), JSON.stringify({ startedAt: stamp, command, machine, loadRuns: runs }, null, 2));
      console.log(`\n${command}\n${machineLine}\n\n${formatLoadRuns(runs)}`);
      return;
    }

    const start = (i: number): Server => startApp(`Marquee ${i + 1}`, ports[i], env, logFile);
    const scenarios: Scenario[] = [];

    // Runs 1 and 2: stories spread across the window, watched on every instance.
    for (const instances of args["restarts-only"] ? [] : [1, 2]) {
      const servers = Array.from({ length: instances }, (_, i) => start(i));
      for (const [i, s] of servers.entries()) await waitForHttp(`${bases[i]}/`, s);
      const name = `${items} across ${spreadSeconds} s, ${instances} instance${instances > 1 ? "s" : ""}`;
      console.log(`${name}…`);
      const first = Date.now() + 8_000;
      const times = Array.from({ length: items }, (_, i) => new Date(Math.ceil((first + (i * spreadSeconds * 1000) / items) / 1000) * 1000));
      const probes = await desk.scheduleStories(`n${instances}`, times);
      const outcomes = await Promise.all(probes.map((p) => watchProbe(bases.slice(0, instances), p)));
      scenarios.push(summarizeRun(name, outcomes, await desk.exactlyOnceProblems(probes.map((p) => p.id))));
      for (const s of servers) await s.stop();
    }

    // Run 3: ten stories fall due while no server runs.
    {
      console.log("Restart: 10 stories due while the server is stopped…");
      const due = Array.from({ length: 10 }, (_, i) => new Date(Date.now() + 1_500 + i * 100));
      const probes = await desk.scheduleStories("restart", due);
      await sleep(due.at(-1)!.getTime() - Date.now() + 2_000);
      const server = start(0);
      await waitForHttp(`${bases[0]}/`, server);
      const answering = Date.now();
      const outcomes = await Promise.all(probes.map((p) => watchProbe([bases[0]], p, { from: new Date(answering), home: false })));
      scenarios.push(summarizeRun("10 due while stopped: page and feed, from the server answering", outcomes, []));

      // Run 4: PostgreSQL goes away across a due time and comes back.
      console.log("Database restart across a due time…");
      const [probe] = await desk.scheduleStories("dbrestart", [new Date(Date.now() + 4_000)]);
      await sleep(1_000);
      await pg.stop();
      const downFor = probe.at.getTime() - Date.now() + 3_000;
      await sleep(downFor);
      await pg.start();
      const back = Date.now();
      const alive = server.child.exitCode === null;
      const [outcome] = await Promise.all([watchProbe([bases[0]], probe, { from: new Date(back), timeoutMs: 30_000 })]);
      scenarios.push(summarizeRun("database restarted across the due time (from the database returning)", [outcome], alive ? [] : ["the server exited"]));
      const answered = await timedGet(`${bases[0]}/`).catch(() => null);
      if (answered?.status !== 200) scenarios.at(-1)!.notes.push(`the server answered ${answered?.status ?? "nothing"} afterwards`);
      await server.stop();
    }

    const report = { startedAt: stamp, command: `npm run bench:schedule -- --items ${items} --spread ${spreadSeconds}`, machine, scenarios };
    writeFileSync(path.join(resultsDir, `${stamp}-schedule.json`), JSON.stringify(report, null, 2));
    printReport(report.command, machineLine, scenarios);
  } finally {
    await cleanup();
  }
}

function summarizeRun(name: string, outcomes: ProbeOutcome[], notes: string[]): Scenario {
  const late = outcomes.map((o) => o.lateMs).filter((v): v is number => v !== null);
  const slowest = [...outcomes].sort((a, b) => (b.lateMs ?? Infinity) - (a.lateMs ?? Infinity)).slice(0, 5);
  return {
    name,
    items: outcomes.length,
    late: late.length ? summarize(late) : null,
    missed: outcomes.length - late.length,
    early: outcomes.filter((o) => o.early).length,
    notes,
    slowest,
  };
}

function printReport(command: string, machine: string, scenarios: Scenario[]) {
  const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(0));
  const rows = [["run", "n", "p50 ms", "p99 ms", "max ms", "missed", "early", "notes"]];
  for (const s of scenarios)
    rows.push([s.name, String(s.items), ms(s.late?.p50), ms(s.late?.p99), ms(s.late?.max), String(s.missed), String(s.early), s.notes.join("; ")]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n${command}\n${machine}\n`);
  console.log(rows.map((r) => r.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")).join("\n"));
  console.log("\nTargets: p50 <= 200 ms, p99 <= 1 s, none missed, none early; restarts: all live within 2 000 ms.");
}

main()
  .then(() => process.exit(0))
  .catch(exitWithError);
