// wrk against every target in interleaved rounds (A B C, A B C, ...): on a
// shared 2-core machine, background work comes and goes, and interleaving
// spreads it over all targets instead of landing on whichever ran then.
import { cacheHeaders, timedGet } from "./http";
import { type Server, treeCpuSeconds } from "./processes";
import type { RssSampler } from "./sampler";
import { percentile } from "./stats";
import { runWrk, type WrkOptions } from "./wrk";

export type LoadTarget = { name: string; server: Server; path: string; sampler?: RssSampler | null; headers?: Record<string, string> };
export type LoadOptions = WrkOptions & { warmupSeconds: number; rounds: number };
type Round = { requestsPerSecond: number; requests: number; seconds: number; p50Ms: number; p99Ms: number; cpuSeconds: number; wallSeconds: number };

export type ThroughputRow = {
  name: string;
  path: string;
  available: boolean;
  note: string;
  bytes?: number;
  headers?: Record<string, string>;
  /** Requests over all rounds divided by their total duration. */
  requestsPerSecond?: number;
  /** Medians of the rounds' p50 and p99 (wrk --latency). */
  p50Ms?: number;
  p99Ms?: number;
  non2xx?: number;
  socketErrors?: number;
  /** CPU the server's process tree used while loaded, in % of one core. */
  serverCpuPercent?: number;
  /** Server CPU time per request: steadier than req/s when other work shares the machine. */
  cpuMsPerRequest?: number;
  rounds?: Round[];
};

async function probe(target: LoadTarget): Promise<ThroughputRow> {
  const url = `http://127.0.0.1:${target.server.port}${target.path}`;
  let last = await timedGet(url);
  const row: ThroughputRow = { name: target.name, path: target.path, available: false, note: "" };
  if (last.status === 404) return { ...row, note: "not available (404)" };
  for (let i = 0; i < 2 && last.status === 200; i++) last = await timedGet(url);
  if (last.status !== 200) return { ...row, note: `not measured (HTTP ${last.status})` };
  return { ...row, available: true, bytes: Buffer.byteLength(last.body), headers: cacheHeaders(last.headers), rounds: [], non2xx: 0, socketErrors: 0 };
}

export async function measureThroughput(targets: LoadTarget[], o: LoadOptions, onStep: (text: string) => void): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  for (const target of targets) rows.push(await probe(target));
  const seconds = Math.max(1, Math.round(o.seconds / o.rounds));
  for (let round = 1; round <= o.rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const row = rows[i];
      if (!row.available) continue;
      const url = `http://127.0.0.1:${target.server.port}${target.path}`;
      onStep(`round ${round}/${o.rounds}: ${target.name} ${target.path}`);
      target.sampler?.phase(target.name);
      if (round === 1 && o.warmupSeconds > 0) await runWrk(url, { ...o, seconds: o.warmupSeconds, headers: target.headers });
      const cpuBefore = treeCpuSeconds(target.server.pid);
      const started = performance.now();
      const result = await runWrk(url, { ...o, seconds, headers: target.headers });
      const wall = (performance.now() - started) / 1000;
      row.rounds!.push({
        requestsPerSecond: result.requestsPerSecond,
        requests: result.requests,
        seconds: result.requests / result.requestsPerSecond,
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        cpuSeconds: treeCpuSeconds(target.server.pid) - cpuBefore,
        wallSeconds: wall,
      });
      row.non2xx! += result.non2xx;
      row.socketErrors! += result.socketErrors;
    }
  }
  for (const row of rows.filter((r) => r.available)) {
    const rounds = row.rounds!;
    const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
    const secs = rounds.reduce((sum, r) => sum + r.seconds, 0);
    row.requestsPerSecond = requests / secs;
    row.p50Ms = percentile(
      rounds.map((r) => r.p50Ms),
      50,
    );
    row.p99Ms = percentile(
      rounds.map((r) => r.p99Ms),
      50,
    );
    const cpu = rounds.reduce((sum, r) => sum + r.cpuSeconds, 0);
    row.serverCpuPercent = (cpu / rounds.reduce((sum, r) => sum + r.wallSeconds, 0)) * 100;
    row.cpuMsPerRequest = (cpu * 1000) / requests;
  }
  return rows;
}
