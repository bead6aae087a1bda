// Child servers of the benchmark: each in its own process group, so
// stopping one stops everything it started and nothing else; plus what
// /proc says about a process tree (memory, CPU time).
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import net from "node:net";

export type Server = { name: string; pid: number; port: number; child: ChildProcess; stop: () => Promise<void> };

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const running = new Set<Server>();

/** Node flags for every server started: `--cpu-prof` writes a profile per server on exit when asked for. */
export const nodeFlags: string[] = [];

/** Starts `command` in a new process group with its output in `logFile`. */
export function startProcess(name: string, command: string, args: string[], opts: { env: NodeJS.ProcessEnv; port: number; logFile: string }): Server {
  const log = createWriteStream(opts.logFile, { flags: "a" });
  const flags = command === process.execPath ? nodeFlags.map((f) => f.replace("{name}", name.replace(/\W+/g, "-"))) : [];
  const child = spawn(command, [...flags, ...args], { env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: Server = {
    name,
    pid: child.pid!,
    port: opts.port,
    child,
    stop: async () => {
      running.delete(server);
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child.pid!, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      // Anything the server itself started goes with it.
      signalGroup(child.pid!, "SIGKILL");
    },
  };
  running.add(server);
  return server;
}

function signalGroup(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already gone
  }
}

/** Stops every server this process started (on exit, error or Ctrl-C). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

/** Runs a command to completion with its output in `logFile`; resolves with the exit code. */
export function runToEnd(command: string, args: string[], opts: { env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }): Promise<number> {
  const log = createWriteStream(opts.logFile, { flags: "a" });
  const child = spawn(command, args, { env: opts.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), opts.timeoutMs);
  const onExit = () => signalGroup(child.pid!, "SIGKILL");
  process.once("exit", onExit);
  return new Promise((resolve) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      process.removeListener("exit", onExit);
      resolve(code ?? 1);
    }),
  );
}

export async function waitForHttp(url: string, server: Server, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited with code ${server.child.exitCode} before answering.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000}s.`);
}

/** `pid` and all its descendants, from /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

/** Resident memory of the tree in bytes (VmRSS summed). */
export function treeRss(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    const match = readProc(`/proc/${p}/status`)?.match(/^VmRSS:\s+(\d+) kB/m);
    if (match) kb += Number(match[1]);
  }
  return kb * 1024;
}

/** CPU seconds (user + system) the tree has used so far. */
export function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const stat = readProc(`/proc/${p}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
