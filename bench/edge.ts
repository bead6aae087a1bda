// npm run bench:edge [-- --skip-build] [--database marquee_bench] [--seconds 15] [--rounds 5] [--connections 50] [--publishes 30]
// The edge benchmark: the cached article, home and tag page through Varnish
// (deploy/varnish/marquee.vcl) in front of Marquee, from Marquee alone (its page cache),
// and bare Node http answering the article's bytes, side by side with wrk in
// interleaved rounds, without Accept-Encoding (same bytes everywhere; Varnish
// keeps the app's plain copy beside its gzip one) and with gzip as browsers ask;
// then publish-to-live as readers see it through the edge
// (the app purging Varnish). Prints a table and writes
// bench/results/<timestamp>-edge.json. Loopback only; everything it starts, it stops.
import "../scripts/lib/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { buildApp, startApp } from "./lib/app";
import { startVarnish } from "../scripts/lib/varnish";
import { commonOptions, loadOptions, numberOption } from "./lib/args";
import { checkBenchDatabaseName, openBenchServer } from "./lib/bench-database";
import { openSeededDatabase } from "./lib/open-seeded";
import { pickPopularTag, pickTypicalArticle } from "./lib/bench-data";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { describeMachine } from "./lib/machine";
import { freePort, type Server, startProcess, stopAll, waitForHttp } from "./lib/processes";
import { runPublishProbe } from "./lib/publish-run";
import { ms, table } from "./lib/report";
import { type LoadOptions, measureThroughput, type ThroughputRow } from "./lib/throughput";

const ROOT = process.cwd();
const TARGETS = { edgeVsBare: 0.5, p99Ms: 50, publishP99Ms: 1000 };

const { values: args } = parseArgs({
  options: {
    ...commonOptions,
    publishes: { type: "string", default: "30" },
  },
});
const num = (name: keyof typeof args) => numberOption(args, name);

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(ROOT, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-edge-servers.log`);
  const name = args.database!;
  checkBenchDatabaseName(name);
  const load: LoadOptions = loadOptions(num);
  const server = await openBenchServer();
  const cleanups: (() => Promise<void> | void)[] = [() => server.embedded?.stop()];
  const cleanup = async () => {
    await stopAll();
    for (const step of cleanups.reverse()) await Promise.resolve(step()).catch(() => undefined);
    cleanups.length = 0;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));

  try {
    const { liveArticles, url, sql } = await openSeededDatabase(server, name, (step) => cleanups.push(step));

    const [appPort, edgePort] = [await freePort(), await freePort()];
    const edgeBase = `http://127.0.0.1:${edgePort}`;
    const appBase = `http://127.0.0.1:${appPort}`;
    const authSecret = randomBytes(32).toString("base64url");
    const settings = {
      DATABASE_URL: url,
      AUTH_SECRET: authSecret,
      SITE_URL: edgeBase,
      NODE_ENV: "production" as const,
      EDGE_PURGE_URLS: `${edgeBase}/`,
      EDGE_PURGE_SECRET: randomBytes(32).toString("base64url"),
    };
    const env: NodeJS.ProcessEnv = { ...process.env, ...settings, NEXT_TELEMETRY_DISABLED: "1" };
    Object.assign(process.env, settings); // lib/ code below (tokens) reads the same configuration

    console.log(`Waiting for ${E2E_LOCK} (e2e runs and benchmarks share .next)…`);
    const lock = await acquireLock(E2E_LOCK, 600);
    cleanups.push(() => lock.release());
    const machine = await describeMachine();
    const skipBuild = args["skip-build"] && existsSync(".next/BUILD_ID");
    if (!skipBuild) await buildApp(env, logFile);

    const marquee = startApp("Marquee", appPort, env, logFile);
    await waitForHttp(`${appBase}/`, marquee);
    const varnish = await startVarnish({ port: edgePort, backendPort: appPort });
    cleanups.push(() => varnish.stop());
    const edge: Server = { name: "Varnish", pid: varnish.pid, port: edgePort, child: varnish.child, stop: varnish.stop };

    const article = `/articles/${await pickTypicalArticle(sql)}`;
    const tag = await pickPopularTag(sql);
    let html = Buffer.alloc(0);
    for (let i = 0; i < 3; i++) html = Buffer.from(await (await fetch(`${appBase}${article}`)).arrayBuffer());
    // Browsers ask for gzip: Varnish then sends the compressed copy it stored; without it, it unzips on every request.
    const gzipped = await rawGet(`${edgeBase}${article}`, { "accept-encoding": "gzip" });
    if (gzipped.encoding !== "gzip") throw new LaunchError(`Varnish did not answer ${article} with gzip (${gzipped.encoding ?? "no encoding"}).`);
    const startBare = async (label: string, bytes: Buffer, encoding: string) => {
      const file = path.join(resultsDir, `${stamp}-article.${encoding}`);
      writeFileSync(file, bytes);
      const port = await freePort();
      const bare = startProcess(label, process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "bare-server.ts"), file, String(port), encoding], {
        env,
        port,
        logFile,
      });
      await waitForHttp(`http://127.0.0.1:${port}/`, bare);
      return bare;
    };
    const bare = await startBare("bare Node", html, "identity");
    const bareGzip = await startBare("bare Node, gzip", gzipped.body, "gzip");

    const gzip = { "accept-encoding": "gzip" };
    const pages = [
      ["article", article],
      ["home", "/"],
      ["tag page", `/tags/${tag.slug}`],
    ] as const;
    const throughput = await measureThroughput(
      [
        ...pages.map(([label, p]) => ({ name: `${label} through Varnish`, server: edge, path: p })),
        ...pages.map(([label, p]) => ({ name: `${label} through Varnish, gzip`, server: edge, path: p, headers: gzip })),
        ...pages.map(([label, p]) => ({ name: `${label}, Marquee alone`, server: marquee, path: p })),
        { name: "bare Node (article bytes)", server: bare, path: "/" },
        { name: "bare Node, gzip (article bytes)", server: bareGzip, path: "/", headers: gzip },
      ],
      load,
      (step) => console.log(`wrk ${step}…`),
    );
    await Promise.all([bare.stop(), bareGzip.stop()]);

    console.log(`Publish-to-live through the edge (${num("publishes")} articles)…`);
    const publish = await runPublishProbe({
      sql,
      base: edgeBase,
      count: num("publishes"),
      tagSlug: tag.slug,
      tokenName: `bench edge ${stamp}`,
      watch: ["/", `/tags/${tag.slug}`, "/feed.xml"],
      onCleanup: (step) => cleanups.push(step),
    });
    const { articleIds: _ids, ...publishFigures } = publish;
    const results = {
      startedAt: new Date().toISOString(),
      command: `npm run bench:edge${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
      machine,
      load,
      database: { name, liveArticles },
      htmlBytes: html.length,
      throughput,
      publish: publishFigures,
      edgeObjects: varnish.stat("MAIN.n_object"),
    };
    const file = path.join(resultsDir, `${stamp}-edge.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));
    console.log(`\n${report(results.command, load, throughput, publishFigures)}\n\nResults: ${path.relative(ROOT, file)}`);
  } finally {
    await cleanup();
  }
}

function report(command: string, l: LoadOptions, rows: ThroughputRow[], publish: Omit<Awaited<ReturnType<typeof runPublishProbe>>, "articleIds">): string {
  const out = [`Marquee edge benchmark, ${new Date().toISOString()}`, `command: ${command}`];
  out.push(
    `wrk -t${l.threads} -c${l.connections} --latency, ${l.rounds} interleaved rounds of ${Math.max(1, Math.round(l.seconds / l.rounds))} s per target; no Accept-Encoding unless the row says gzip (bytes are before compression)`,
  );
  const table1 = [["target", "bytes", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "server CPU"]];
  for (const t of rows) {
    table1.push(
      t.available
        ? [
            `${t.name} ${t.path.slice(0, 40)}`,
            String(t.bytes),
            (t.requestsPerSecond ?? 0).toFixed(0),
            ms(t.p50Ms),
            ms(t.p99Ms),
            String(t.non2xx),
            String(t.socketErrors),
            `${(t.serverCpuPercent ?? 0).toFixed(0)}%`,
          ]
        : [t.name, t.note, "", "", "", "", "", ""],
    );
  }
  out.push(table(table1), "");
  const bareOf = (gzip: boolean) => rows.find((r) => r.available && r.name.startsWith("bare Node") && r.name.includes("gzip") === gzip);
  const verdicts = [["figure", "value", "target", "result"]];
  for (const t of rows.filter((r) => r.available && r.name.includes("through Varnish"))) {
    const bare = bareOf(t.name.endsWith("gzip"));
    const ratio = bare ? t.requestsPerSecond! / bare.requestsPerSecond! : NaN;
    verdicts.push([
      `${t.name}: req/s vs ${bare?.name ?? "bare Node"}`,
      ratio.toFixed(2),
      `>= ${TARGETS.edgeVsBare}`,
      ratio >= TARGETS.edgeVsBare ? "met" : "missed",
    ]);
    verdicts.push([`${t.name}: p99`, `${ms(t.p99Ms)} ms`, `<= ${TARGETS.p99Ms} ms`, t.p99Ms! <= TARGETS.p99Ms ? "met" : "missed"]);
  }
  const p99 = publish.allLive.n ? publish.allLive.p99 : NaN;
  verdicts.push([
    `publish-to-live through the edge, p99 of ${publish.allLive.n} (timed out: ${publish.timedOut})`,
    `${ms(p99)} ms`,
    `<= ${TARGETS.publishP99Ms} ms`,
    p99 <= TARGETS.publishP99Ms && publish.timedOut === 0 ? "met" : "missed",
  ]);
  verdicts.push(["  p50 / max", `${ms(publish.allLive.p50)} / ${ms(publish.allLive.max)} ms`, "", "info"]);
  for (const [page, s] of Object.entries(publish.byPage)) verdicts.push([`  ${page}: p50 / p99`, `${ms(s.p50)} / ${ms(s.p99)} ms`, "", "info"]);
  verdicts.push(["  publish API call: p50 / p99", `${ms(publish.publishCall.p50)} / ${ms(publish.publishCall.p99)} ms`, "", "info"]);
  out.push(table(verdicts));
  return out.join("\n");
}

/** A GET whose body is kept as sent (fetch would unzip it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
      })
      .on("error", reject);
  });
}

main().then(() => process.exit(0), exitWithError);
