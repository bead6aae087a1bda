// What the figures were measured on, and what else was running meanwhile:
// on a shared 2-core machine a test run next door moves the numbers.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

export type Machine = {
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  kernel: string;
  wrk: string;
  loadAverage: number[];
  /** Other processes that used more than 10% of a core over one second before the run. */
  busyProcesses: { pid: number; command: string; cpuPercent: number }[];
  /** The same, sampled right after the load tests (the servers under test excluded). */
  busyAfterLoad?: { pid: number; command: string; cpuPercent: number }[];
};

function cpuTicks(): Map<number, { ticks: number; command: string }> {
  const out = new Map<number, { ticks: number; command: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim().slice(0, 120);
      out.set(Number(entry), { ticks: Number(fields[11]) + Number(fields[12]), command: command || stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

export async function busyProcesses(exclude: Set<number>): Promise<Machine["busyProcesses"]> {
  const before = cpuTicks();
  await new Promise((r) => setTimeout(r, 1_000));
  const after = cpuTicks();
  const busy: Machine["busyProcesses"] = [];
  for (const [pid, now] of after) {
    const then = before.get(pid);
    if (!then || exclude.has(pid)) continue;
    const cpuPercent = now.ticks - then.ticks; // ticks are 1/100 s, so ticks per second = percent
    if (cpuPercent > 10) busy.push({ pid, command: now.command, cpuPercent });
  }
  return busy.sort((a, b) => b.cpuPercent - a.cpuPercent);
}

export async function describeMachine(): Promise<Machine> {
  let wrk = "wrk (version unknown)";
  try {
    wrk = execFileSync("wrk", ["-v"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (out) wrk = out.split("\n")[0]; // wrk -v exits with 1
  }
  return {
    nproc: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: os.release(),
    wrk,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    busyProcesses: await busyProcesses(new Set([process.pid])),
  };
}
