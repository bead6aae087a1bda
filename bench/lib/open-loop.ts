// Readers at a fixed offered rate (open loop): a request leaves every
// 1/rate seconds whether or not earlier ones have come back, so a slow server
// shows up as latency instead of as fewer requests. Latency is counted from
// the time the request was due, not from when it left.
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import path from "node:path";
import { summarize, type Summary } from "./stats";

export type OpenLoopResult = { offered: number; completed: number; errors: number; non200: number; latency: Summary };

export async function openLoop(url: string, { rate, seconds }: { rate: number; seconds: number }): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let errors = 0;
  let non200 = 0;
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(url, { agent, timeout: 10_000 }, (res) => {
          res.resume();
          res.on("end", () => {
            if (res.statusCode !== 200) non200++;
            latencies.push(performance.now() - due);
            resolve();
          });
        });
        req.on("timeout", () => req.destroy(new Error("timeout")));
        req.on("error", () => {
          errors++;
          resolve();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { offered: total, completed: latencies.length, errors, non200, latency: summarize(latencies) };
}

/** openLoop in a child process (open-loop-process.ts), away from this process's own work. */
export function openLoopInChild(url: string, options: { rate: number; seconds: number }): Promise<OpenLoopResult> {
  const script = path.join(import.meta.dirname, "open-loop-process.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, url, String(options.rate), String(options.seconds)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as OpenLoopResult) : reject(new Error(`readers exited with ${code}`)))),
  );
}
