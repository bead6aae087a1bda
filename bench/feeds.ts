// npm run bench:feeds [-- --skip-build] [--database marquee_bench] [--seconds 15] [--rounds 3] [--connections 50] [--cold 30]
// The feed benchmark against the seeded benchmark database (npm run
// bench:seed): next build + next start, wrk on cached feeds, and cold feed
// builds (the first request of a feed nobody has asked for yet, which is
// what every feed's first request after a publishing event invalidated it
// costs). Prints a table and writes bench/results/<timestamp>-feeds.json.
import "../scripts/lib/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { buildApp, startApp } from "./lib/app";
import { checkBenchDatabaseName, countLiveArticles, DEFAULT_BENCH_DATABASE, openBenchServer } from "./lib/bench-database";
import { pickPopularTag } from "./lib/bench-data";
import { pickFullFeeds } from "./lib/feed-targets";
import { timedGet } from "./lib/http";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { describeMachine } from "./lib/machine";
import { freePort, stopAll, waitForHttp } from "./lib/processes";
import { summarize, type Summary } from "./lib/stats";
import { measureThroughput } from "./lib/throughput";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    database: { type: "string", default: DEFAULT_BENCH_DATABASE },
    seconds: { type: "string", default: "15" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    threads: { type: "string", default: "2" },
    cold: { type: "string", default: "30" },
  },
});
const num = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new LaunchError(`--${name} must be a whole number above 0.`);
  return n;
};

/** First requests of feeds nobody asked for yet: each builds from the database. */
async function coldBuilds(base: string, paths: string[]): Promise<Summary & { statuses: Record<string, number> }> {
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  for (const p of paths) {
    const r = await timedGet(`${base}${p}`);
    ms.push(r.ms);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  return { ...summarize(ms), statuses };
}

const f = (n: number | undefined) => (n === undefined ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1));

async function main() {
  const name = args.database!;
  checkBenchDatabaseName(name);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(process.cwd(), "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-feeds-servers.log`);
  const server = await openBenchServer();
  const cleanups: (() => Promise<void> | void)[] = [() => server.embedded?.stop()];
  const cleanup = async () => {
    await stopAll();
    for (const step of cleanups.splice(0).reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));

  try {
    const liveArticles = await countLiveArticles(server, name);
    if (!liveArticles) throw new LaunchError(`${name} on ${server.describe} has no articles. Run: npm run bench:seed -- --articles 100000`);
    const url = server.url(name);
    await migrateDatabase(url);
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    cleanups.push(() => sql.end({ timeout: 5 }));

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      SITE_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    console.log(`Waiting for ${E2E_LOCK} (e2e runs and this benchmark share .next)…`);
    const lock = await acquireLock(E2E_LOCK, 900);
    cleanups.push(() => lock.release());
    const machine = await describeMachine();

    const skipBuild = args["skip-build"] && existsSync(".next/BUILD_ID");
    if (!skipBuild) await buildApp(env, logFile);
    const marquee = startApp("Marquee", port, env, logFile);
    await waitForHttp(`${base}/robots.txt`, marquee);

    const tag = await pickPopularTag(sql);
    const cold = num("cold");
    const tagFeeds = await pickFullFeeds(sql, "tag", cold, [tag.slug]);
    const authorFeeds = await pickFullFeeds(sql, "author", Math.min(cold, 20), []);
    console.log(`Cold feed builds: the site's three feeds, ${tagFeeds.length} tag feeds, ${authorFeeds.length} author feeds…`);
    const coldResults = {
      "site feeds (RSS, Atom, JSON), first request": await coldBuilds(base, ["/feed.xml", "/feed.atom", "/feed.json"]),
      "tag RSS feeds, first request": await coldBuilds(
        base,
        tagFeeds.map((s) => `/tags/${s}/feed.xml`),
      ),
      "author JSON feeds, first request": await coldBuilds(
        base,
        authorFeeds.map((s) => `/authors/${s}/feed.json`),
      ),
    };

    const load = { connections: num("connections"), threads: num("threads"), seconds: num("seconds"), warmupSeconds: 2, rounds: num("rounds") };
    const throughput = await measureThroughput(
      [
        { name: "site RSS (cached)", server: marquee, path: "/feed.xml" },
        { name: "tag Atom (cached)", server: marquee, path: `/tags/${tag.slug}/feed.atom` },
        { name: "site JSON Feed (cached)", server: marquee, path: "/feed.json" },
      ],
      load,
      (step) => console.log(`wrk ${step}…`),
    );

    const results = {
      startedAt: new Date().toISOString(),
      command: `npm run bench:feeds -- ${process.argv.slice(2).join(" ")}`.trim(),
      machine,
      load,
      database: { name, liveArticles },
      cold: coldResults,
      throughput,
    };
    const file = path.join(resultsDir, `${stamp}-feeds.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));

    const lines = [
      `Marquee feed benchmark, ${results.startedAt}: ${liveArticles} live articles in ${name}; ${machine.nproc} CPUs, load average before ${machine.loadAverage.join(" ")}`,
      `Cached feeds: wrk -t${load.threads} -c${load.connections} --latency, ${load.rounds} rounds, ${load.seconds} s per target in all`,
      ...throughput.map(
        (t) =>
          `  ${t.name.padEnd(26)} ${t.path.padEnd(40)} ${t.available ? `${f(t.requestsPerSecond)} req/s, p50 ${f(t.p50Ms)} ms, p99 ${f(t.p99Ms)} ms, ${t.bytes} bytes, non-2xx ${t.non2xx}, errors ${t.socketErrors}` : t.note}`,
      ),
      "Cold feed builds (ms, one request at a time):",
      ...Object.entries(coldResults).map(
        ([k, s]) => `  ${k.padEnd(44)} n=${s.n} p50 ${f(s.p50)} p95 ${f(s.p95)} max ${f(s.max)}  statuses ${JSON.stringify(s.statuses)}`,
      ),
      `Results: ${path.relative(process.cwd(), file)}`,
    ];
    console.log(`\n${lines.join("\n")}`);
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), exitWithError);
