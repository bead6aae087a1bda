// How many requests a second a page can take (wrk, closed loop, after a
// warm-up), and what a request costs the processes answering it in CPU.
import { type Server, treeCpuSeconds } from "./processes";
import { runWrk, type WrkOptions } from "./wrk";

export type PageCapacity = {
  url: string;
  requestsPerSecond: number;
  p99Ms: number;
  /** CPU the answering processes used while wrk ran, in % of one core, and per request. */
  serverCpuPercent: number;
  serverCpuMsPerRequest: number;
};

const WRK: Omit<WrkOptions, "seconds"> = { connections: 50, threads: 2 };

/**
 * wrk at every `targets` URL at once (one wrk each, sharing the connections
 * and threads) for `warmupSeconds`, then for `seconds` measured; req/s summed.
 * `servers` are the processes answering, for their CPU.
 */
export async function measurePage(
  targets: string[],
  servers: Server[],
  { seconds, warmupSeconds }: { seconds: number; warmupSeconds: number },
): Promise<PageCapacity> {
  const share = { connections: Math.ceil(WRK.connections / targets.length), threads: Math.max(1, WRK.threads / targets.length) };
  await Promise.all(targets.map((url) => runWrk(url, { ...share, seconds: warmupSeconds })));
  const serverCpu = () => servers.reduce((sum, s) => sum + treeCpuSeconds(s.pid), 0);
  const [before, started] = [serverCpu(), performance.now()];
  const results = await Promise.all(targets.map((url) => runWrk(url, { ...share, seconds })));
  const [cpu, wall] = [serverCpu() - before, (performance.now() - started) / 1000];
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  return {
    url: targets.join(" + "),
    requestsPerSecond: results.reduce((sum, r) => sum + r.requestsPerSecond, 0),
    p99Ms: Math.max(...results.map((r) => r.p99Ms)),
    serverCpuPercent: (cpu / wall) * 100,
    serverCpuMsPerRequest: (cpu * 1000) / requests,
  };
}

/** The rate a half-and-half mix of two pages can take: each request costs 1/capacity of its page's second. */
export function mixedCapacity(a: number, b: number): number {
  return 2 / (1 / a + 1 / b);
}
