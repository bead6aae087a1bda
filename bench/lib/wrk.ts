// Runs wrk against one URL and reads its summary: requests per second and
// the latency distribution (--latency), plus errors and non-2xx answers.
import { spawn } from "node:child_process";
import path from "node:path";

const PACED_SCRIPT = path.join(import.meta.dirname, "wrk-paced.lua");

export type WrkOptions = {
  connections: number;
  threads: number;
  seconds: number;
  timeoutSeconds?: number;
  headers?: Record<string, string>;
  /** Requests a second to offer in all (wrk-paced.lua): each connection waits its share of a second between requests. Closed loop without it. */
  rate?: number;
};

export type WrkResult = {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p75Ms: number;
  p90Ms: number;
  p99Ms: number;
  non2xx: number;
  socketErrors: number;
  transferPerSecond: string;
  raw: string;
};

export function runWrk(url: string, o: WrkOptions): Promise<WrkResult> {
  const args = [
    `-t${o.threads}`,
    `-c${o.connections}`,
    `-d${o.seconds}s`,
    `--timeout`,
    `${o.timeoutSeconds ?? 10}s`,
    "--latency",
    ...Object.entries(o.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    ...(o.rate ? ["-s", PACED_SCRIPT] : []),
    url,
    ...(o.rate ? ["--", String((o.connections * 1000) / o.rate)] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), (o.seconds + 30) * 1000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(killer);
      if (code !== 0) return reject(new Error(`wrk exited with ${code}: ${out.trim()}`));
      try {
        resolve(parseWrk(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function durationMs(text: string): number {
  const m = text.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!m) throw new Error(`wrk: cannot read duration "${text}"`);
  return Number(m[1]) * UNIT_MS[m[2]];
}

export function parseWrk(out: string): WrkResult {
  const percentile = (p: string) => {
    const m = out.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m"));
    if (!m) throw new Error(`wrk: no ${p}% line in:\n${out}`);
    return durationMs(m[1]);
  };
  const rps = out.match(/Requests\/sec:\s+([\d.]+)/);
  const total = out.match(/(\d+) requests in/);
  if (!rps || !total) throw new Error(`wrk: no summary in:\n${out}`);
  const errors = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requestsPerSecond: Number(rps[1]),
    requests: Number(total[1]),
    p50Ms: percentile("50"),
    p75Ms: percentile("75"),
    p90Ms: percentile("90"),
    p99Ms: percentile("99"),
    non2xx: Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    transferPerSecond: out.match(/Transfer\/sec:\s+(\S+)/)?.[1] ?? "",
    raw: out,
  };
}
