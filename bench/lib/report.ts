// The benchmark's results: their shape (also written as JSON) and the table
// printed at the end of a run.
import type { CacheMissResult } from "./cache-miss";
import type { Machine } from "./machine";
import type { PublishProbeResult } from "./publish-probe";
import type { RawSearchInfo, SearchResult } from "./search-probe";
import type { Summary } from "./stats";
import { judge, type Target, targets } from "./targets";
import type { LoadOptions, ThroughputRow } from "./throughput";

export type Results = {
  startedAt: string;
  command: string;
  machine: Machine;
  load: LoadOptions;
  database: { name: string; server: string; liveArticles: number; seed: Record<string, unknown> | null };
  build: { skipped: boolean; seconds: number | null; buildId: string; referenceBuildSeconds: number | null };
  articleWarmup: { ms: number; headers: Record<string, string> }[];
  throughput: ThroughputRow[];
  cacheMiss: CacheMissResult | { error: string };
  search: SearchResult | { error: string };
  rawSearch: RawSearchInfo | { error: string } | null;
  publish: PublishProbeResult | { error: string };
  memory: { maxBytes: number; byPhase: Record<string, number> } | null;
  problems: string[];
};

/** The reference the ratios divide by: a prerendered page of a minimal Next app, same bytes. */
const REFERENCE = "minimal Next page";
/** Marks the rows of the same build under `next start` (no page cache): the page cache's decision compares them. */
export const NEXT_ALONE = "Next alone";
const shortPath = (p: string) => (p.length > 40 ? `${p.slice(0, 37)}...` : p);
export const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mib = (bytes: number) => bytes / 2 ** 20;

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

const verdictRow = (name: string, value: number | undefined, shown: string, target: Target) => [name, shown, target.label, judge(target, value)];
const hasError = <T extends object>(x: T | { error: string }): x is { error: string } => "error" in x;

export function formatReport(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Marquee public-site benchmark, ${r.startedAt}`);
  out.push(`command: ${r.command}`);
  out.push(`machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, Linux ${m.kernel}, ${m.wrk.split(" [")[0]}`);
  const busy = (list: Machine["busyProcesses"] = []) => (list.length ? list.map((p) => `${p.command.slice(0, 60)} (${p.cpuPercent}%)`).join("; ") : "none");
  out.push(
    `load average before: ${m.loadAverage.join(" ")}; other busy processes before: ${busy(m.busyProcesses)}; after the load tests: ${busy(m.busyAfterLoad)}`,
  );
  out.push(
    `database: ${r.database.name} on ${r.database.server}, ${r.database.liveArticles} live articles; build ${r.build.skipped ? "reused" : `made in ${ms(r.build.seconds ?? NaN)} s`} (${r.build.buildId})`,
  );
  out.push("");
  const l = r.load;
  const perRound = Math.max(1, Math.round(l.seconds / l.rounds));
  out.push(
    `Throughput: wrk -t${l.threads} -c${l.connections} --latency, ${l.rounds} interleaved rounds of ${perRound} s per target after a ${l.warmupSeconds} s warm-up; p50/p99 are medians of the rounds; no Accept-Encoding, so no compression`,
  );
  const rows = [["target", "bytes", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "server CPU", "CPU ms/req"]];
  for (const t of r.throughput) {
    if (!t.available) rows.push([`${t.name} ${shortPath(t.path)}`, t.note, "", "", "", "", "", "", ""]);
    else
      rows.push([
        `${t.name} ${shortPath(t.path)}`,
        String(t.bytes ?? "-"),
        (t.requestsPerSecond ?? 0).toFixed(0),
        ms(t.p50Ms),
        ms(t.p99Ms),
        String(t.non2xx),
        String(t.socketErrors),
        t.serverCpuPercent === undefined ? "-" : `${t.serverCpuPercent.toFixed(0)}%`,
        t.cpuMsPerRequest === undefined ? "-" : t.cpuMsPerRequest.toFixed(3),
      ]);
  }
  out.push(table(rows));
  out.push("");
  const figures = [["figure", "value", "target", "result"]];
  const reference = r.throughput.find((t) => t.name === REFERENCE && t.available);
  const rendered = r.throughput.find((t) => t.name === `${REFERENCE}, rendered once` && t.available);
  for (const t of r.throughput.filter((x) => x.available && !x.name.startsWith("minimal Next") && x.name !== "bare Node")) {
    const rps = reference ? t.requestsPerSecond! / reference.requestsPerSecond! : undefined;
    const p99 = reference ? t.p99Ms! / reference.p99Ms! : undefined;
    if (t.name.endsWith(NEXT_ALONE)) {
      if (t.name.startsWith("article")) figures.push(verdictRow(`${t.name}: req/s vs ${REFERENCE}`, rps, rps?.toFixed(2) ?? "-", targets.nextAloneRatio));
      else figures.push([`${t.name}: req/s / p99 vs ${REFERENCE}`, `${rps?.toFixed(2) ?? "-"} / ${p99?.toFixed(2) ?? "-"}`, "", "info"]);
      continue;
    }
    figures.push(verdictRow(`${t.name}: req/s vs ${REFERENCE}`, rps, rps?.toFixed(2) ?? "-", targets.throughputRatio));
    figures.push(verdictRow(`${t.name}: p99 vs ${REFERENCE}`, p99, p99?.toFixed(2) ?? "-", targets.p99Ratio));
    if (rendered) {
      const info = `${(t.requestsPerSecond! / rendered.requestsPerSecond!).toFixed(2)} / ${(t.p99Ms! / rendered.p99Ms!).toFixed(2)} / ${(t.cpuMsPerRequest! / rendered.cpuMsPerRequest!).toFixed(2)}`;
      figures.push([`  req/s, p99, CPU per request vs ${rendered.name}`, info, "", "info"]);
    }
  }
  figures.push(...pageCacheRows(r));
  if (hasError(r.cacheMiss)) figures.push(["cache-miss article render", `error: ${r.cacheMiss.error}`, "", ""]);
  else {
    const c = r.cacheMiss;
    figures.push(verdictRow(`cache-miss article render p50 (n=${c.first.n})`, c.first.p50, `${ms(c.first.p50)} ms`, targets.cacheMissP50));
    figures.push(verdictRow(`cache-miss article render p95 (n=${c.first.n})`, c.first.p95, `${ms(c.first.p95)} ms`, targets.cacheMissP95));
    figures.push([`same articles again (n=${c.again.n}) p50 / p95`, `${ms(c.again.p50)} / ${ms(c.again.p95)} ms`, "", "info"]);
  }
  figures.push(...searchRows(r));
  if (hasError(r.publish)) figures.push(["publish-to-live", `error: ${r.publish.error}`, "", ""]);
  else {
    const p = r.publish;
    const n = `n=${p.allLive.n}${p.timedOut ? `, ${p.timedOut} timed out` : ""}`;
    figures.push(verdictRow(`publish-to-live p50 (${n})`, p.allLive.p50, `${ms(p.allLive.p50)} ms`, targets.publishP50));
    figures.push(verdictRow(`publish-to-live p99`, p.allLive.p99, `${ms(p.allLive.p99)} ms`, targets.publishP99));
    figures.push([`publish-to-live max`, `${ms(p.allLive.max)} ms`, "", "info"]);
    for (const [page, s] of Object.entries(p.byPage)) figures.push([`  shown on ${page}: p50 / p99`, `${ms(s.p50)} / ${ms(s.p99)} ms`, "", "info"]);
    figures.push([`  publish API call p50 / p99`, `${ms(p.publishCall.p50)} / ${ms(p.publishCall.p99)} ms`, "", "info"]);
  }
  if (r.memory)
    figures.push(verdictRow("next-server RSS max (process tree)", mib(r.memory.maxBytes), `${mib(r.memory.maxBytes).toFixed(0)} MiB`, targets.rssMax));
  out.push(table(figures));
  out.push("* proposed target (not from the brief); see BENCHMARKS.md");
  if (r.problems.length) out.push("", "Problems:", ...r.problems.map((p) => `- ${p}`));
  return out.join("\n");
}

function searchRows(r: Results): string[][] {
  const rows: string[][] = [];
  const s = r.search;
  if (hasError(s)) rows.push(["search", `error: ${s.error}`, "", ""]);
  else if (s.via === "not available") rows.push(["search p95", `not available (${s.note})`, targets.searchP95.label, "n/a"]);
  else rows.push(verdictRow(`search p95 via ${s.via} (n=${s.summary.n})`, s.summary.p95, `${ms(s.summary.p95)} ms`, targets.searchP95));
  const raw = r.rawSearch;
  if (raw && !hasError(raw)) {
    const line = (label: string, x: Summary) => [label, `${ms(x.p50)} / ${ms(x.p95)} ms`, "", "info"];
    rows.push(line(`  raw SQL, ranked by ts_rank: p50 / p95 (median ${Math.round(raw.medianMatches)} matches)`, raw.ranked));
    rows.push(line("  raw SQL, newest first: p50 / p95", raw.newest));
  }
  return rows;
}

/**
 * The page cache stays only where it gives at least 3x Next alone's req/s and
 * a p99 under 100 ms where Next alone's is not (docs/architecture.md, "Cache tiers").
 */
function pageCacheRows(r: Results): string[][] {
  const rows: string[][] = [];
  for (const name of ["article (cached)", "home", "tag page"]) {
    const cached = r.throughput.find((t) => t.name === name && t.available);
    const alone = r.throughput.find((t) => t.name === `${name}, ${NEXT_ALONE}` && t.available);
    if (!cached || !alone) continue;
    const ratio = cached.requestsPerSecond! / alone.requestsPerSecond!;
    const p99Wins = cached.p99Ms! < 100 && alone.p99Ms! >= 100;
    rows.push([
      `page cache on ${name}: req/s vs ${NEXT_ALONE}; p99 ms (${NEXT_ALONE})`,
      `${ratio.toFixed(2)}x; ${ms(cached.p99Ms)} (${ms(alone.p99Ms)})`,
      ">= 3x and p99 < 100 where Next's is not",
      ratio >= 3 && p99Wins ? "KEEP" : "DROP",
    ]);
  }
  return rows;
}
