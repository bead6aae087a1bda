// npm run bench [-- --skip-build] [--request-log] [--database marquee_bench] [--seconds 16] [--rounds 4] [--connections 50] [--cpu-prof] [--server-node-flags "..."]
// The public-site benchmark against a seeded benchmark database (npm run
// bench:seed): next build + next start for real, two reference servers
// answering the same bytes, wrk load, cache-miss renders, search and
// publish-to-live through the Admin API. Prints a table and writes
// bench/results/<timestamp>.json. Loopback only; everything it starts, it stops.
import "../scripts/lib/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { buildApp, startApp, startNextAlone } from "./lib/app";
import { commonOptions, loadOptions, numberOption } from "./lib/args";
import { checkBenchDatabaseName, openBenchServer } from "./lib/bench-database";
import { openSeededDatabase } from "./lib/open-seeded";
import { pickPopularTag, pickTypicalArticle, pickUnseenArticles, searchWords } from "./lib/bench-data";
import { measureCacheMisses } from "./lib/cache-miss";
import { cacheHeaders } from "./lib/http";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { busyProcesses, describeMachine } from "./lib/machine";
import { freePort, isPortFree, nodeFlags, stopAll, waitForHttp } from "./lib/processes";
import { runPublishProbe } from "./lib/publish-run";
import { CACHE_DIR, startReferences } from "./lib/reference";
import { formatReport, NEXT_ALONE, type Results } from "./lib/report";
import { sampleRss } from "./lib/sampler";
import { measureRawSearch, measureSearch } from "./lib/search-probe";
import { type LoadOptions, measureThroughput } from "./lib/throughput";

const BUILD_STAMP = path.join(CACHE_DIR, "marquee-build.json");
// Up to 10 minutes waiting for the e2e lock, then about 5 minutes of benchmark.
const WATCHDOG_MS = 20 * 60_000;

const { values: args } = parseArgs({
  options: {
    ...commonOptions,
    misses: { type: "string", default: "200" },
    searches: { type: "string", default: "100" },
    publishes: { type: "string", default: "50" },
    "cpu-prof": { type: "boolean", default: false },
    /** Marquee's server writes its JSON line per request, as in production (off by default, as under `next start`). */
    "request-log": { type: "boolean", default: false },
    /** Extra Node flags for every server started (Marquee and the references), e.g. "--max-old-space-size=192". */
    "server-node-flags": { type: "string", default: "" },
  },
});
const num = (name: keyof typeof args) => numberOption(args, name);

const safely = async <T>(problems: string[], label: string, work: () => Promise<T>): Promise<T | { error: string }> => {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${label}: ${message}`);
    return { error: message.split("\n")[0] };
  }
};

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(process.cwd(), "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-servers.log`);
  // Profiles of every server, written when it stops; open them in Chrome DevTools (Performance).
  nodeFlags.push(...args["server-node-flags"]!.split(/\s+/).filter(Boolean));
  if (args["cpu-prof"]) nodeFlags.push("--cpu-prof", `--cpu-prof-dir=${path.join(resultsDir, `${stamp}-cpu`, "{name}")}`);
  const name = args.database!;
  checkBenchDatabaseName(name);
  const load: LoadOptions = loadOptions(num);
  const problems: string[] = [];

  const server = await openBenchServer();
  const cleanups: (() => Promise<void> | void)[] = [() => server.embedded?.stop()];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await stopAll();
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));
  setTimeout(() => {
    console.error(`\nThe benchmark ran past ${WATCHDOG_MS / 60_000} minutes; stopping everything.`);
    void cleanup().then(() => process.exit(1));
  }, WATCHDOG_MS).unref();

  try {
    const { liveArticles, url, sql, seed } = await openSeededDatabase(server, name, (step) => cleanups.push(step));

    const authSecret = randomBytes(32).toString("base64url");
    const previous = existsSync(BUILD_STAMP) ? (JSON.parse(readFileSync(BUILD_STAMP, "utf8")) as { buildId: string; port: number; database: string }) : null;
    // A reused build keeps the SITE_URL (and so the port) it was built with, when that port is free.
    const port = args["skip-build"] && previous && (await isPortFree(previous.port)) ? previous.port : await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: authSecret,
      SITE_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // `next start`, the server the page cache is weighed against, writes no
      // line per request; neither does Marquee's here (the log's own cost is
      // in BENCHMARKS.md). --request-log keeps it on.
      MARQUEE_REQUEST_LOG: args["request-log"] ? "on" : "off",
    };
    // lib/ code below (tokens) reads the same configuration as the server.
    Object.assign(process.env, { DATABASE_URL: url, AUTH_SECRET: authSecret, SITE_URL: base, NODE_ENV: "production" });

    console.log(`Waiting for ${E2E_LOCK} (e2e runs and this benchmark share .next)…`);
    const lock = await acquireLock(E2E_LOCK, 600);
    cleanups.push(() => lock.release());
    console.log(`Lock taken after ${(lock.waitedMs / 1000).toFixed(1)} s.`);
    const machine = await describeMachine();

    let buildSeconds: number | null = null;
    const skipBuild = args["skip-build"] && existsSync(".next/BUILD_ID");
    if (args["skip-build"] && !skipBuild) problems.push("--skip-build: no .next/BUILD_ID, so the app was built.");
    if (!skipBuild) buildSeconds = await buildApp(env, logFile);
    const buildId = readFileSync(".next/BUILD_ID", "utf8").trim();
    if (skipBuild && (previous?.buildId !== buildId || previous?.database !== name)) {
      problems.push(
        `--skip-build: .next (${buildId}) was not built by the benchmark against ${name}; its prerendered pages may hold other data until the first publish.`,
      );
    }
    if (!skipBuild) writeFileSync(BUILD_STAMP, JSON.stringify({ buildId, port, database: name }));

    const marquee = startApp("Marquee", port, env, logFile);
    await waitForHttp(`${base}/`, marquee);
    const sampler = sampleRss(marquee.pid);
    cleanups.push(() => void sampler.stop());

    const articleSlug = await pickTypicalArticle(sql);
    const tag = await pickPopularTag(sql);
    const articlePath = `/articles/${articleSlug}`;
    const articleWarmup: Results["articleWarmup"] = [];
    let html = Buffer.alloc(0);
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const r = await fetch(`${base}${articlePath}`);
      html = Buffer.from(await r.arrayBuffer());
      articleWarmup.push({ ms: performance.now() - started, headers: { status: String(r.status), ...cacheHeaders(r.headers) } });
      if (r.status !== 200) throw new LaunchError(`${articlePath} answered ${r.status}.`);
    }

    // The same build served by `next start`: Next alone, without the page cache in front (the page cache's decision figures).
    const nextAlonePort = await freePort();
    const nextAlone = startNextAlone(nextAlonePort, { ...env, MARQUEE_SCHEDULER: "off" }, logFile);
    await waitForHttp(`http://127.0.0.1:${nextAlonePort}/`, nextAlone);

    console.log("Reference servers…");
    const refs = await startReferences(html, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, logFile);
    const throughput = await measureThroughput(
      [
        { name: "article (cached)", server: marquee, path: articlePath, sampler },
        { name: "home", server: marquee, path: "/", sampler },
        { name: "tag page", server: marquee, path: `/tags/${tag.slug}`, sampler },
        { name: "content API", server: marquee, path: "/api/content/articles", sampler },
        { name: `article (cached), ${NEXT_ALONE}`, server: nextAlone, path: articlePath },
        { name: `home, ${NEXT_ALONE}`, server: nextAlone, path: "/" },
        { name: `tag page, ${NEXT_ALONE}`, server: nextAlone, path: `/tags/${tag.slug}` },
        { name: "minimal Next page", server: refs.next, path: "/" },
        { name: "minimal Next page, rendered once", server: refs.nextRendered, path: "/" },
        { name: "bare Node", server: refs.bare, path: "/" },
      ],
      load,
      (step) => console.log(`wrk ${step}…`),
    );
    machine.busyAfterLoad = await busyProcesses(new Set([process.pid, marquee.pid, nextAlone.pid, refs.next.pid, refs.nextRendered.pid, refs.bare.pid]));
    await Promise.all([nextAlone.stop(), refs.next.stop(), refs.nextRendered.stop(), refs.bare.stop()]);

    console.log(`Cache-miss renders (${num("misses")} articles)…`);
    sampler.phase("cache misses");
    const missSlugs = await pickUnseenArticles(sql, num("misses"), [articleSlug]);
    const cacheMiss = await safely(problems, "cache-miss renders", () => measureCacheMisses(base, missSlugs));

    console.log("Search…");
    sampler.phase("search");
    const words = searchWords(num("searches"));
    const search = await safely(problems, "search", () => measureSearch(base, words));
    const rawSearch = await safely(problems, "raw search SQL", () => measureRawSearch(sql, words));

    console.log(`Publish-to-live (${num("publishes")} articles)…`);
    sampler.phase("publish");
    const tagPage = throughput.find((t) => t.name === "tag page");
    const publish = await safely(problems, "publish-to-live", () =>
      runPublishProbe({
        sql,
        base,
        count: num("publishes"),
        tagSlug: tag.slug,
        tokenName: `bench ${stamp}`,
        watch: ["/", ...(tagPage?.available ? [tagPage.path] : [])],
        onCleanup: (step) => cleanups.push(step),
      }),
    );
    const memory = sampler.stop();

    const results: Results = {
      startedAt: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
      machine,
      load,
      database: { name, server: server.describe, liveArticles, seed },
      build: { skipped: skipBuild, seconds: buildSeconds, buildId, referenceBuildSeconds: refs.rebuilt ? refs.buildSeconds : null },
      articleWarmup,
      throughput,
      cacheMiss,
      search,
      rawSearch,
      publish,
      memory,
      problems,
    };
    const file = path.join(resultsDir, `${stamp}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));
    console.log(`\n${formatReport(results)}\n\nResults: ${path.relative(process.cwd(), file)}; server logs: ${path.relative(process.cwd(), logFile)}`);
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), exitWithError);
