// .data/dev.json remembers the running dev launcher and its `next dev`
// process group, so a run after a SIGKILL can clean up what was left behind.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LaunchError } from "./fail";
import { isRunning } from "./process";

const FILE = path.join(".data", "dev.json");

type Lock = { launcher: number; nextGroup: number | null; port: number };

function read(): Lock | null {
  if (!existsSync(FILE)) return null;
  try {
    return JSON.parse(readFileSync(FILE, "utf8")) as Lock;
  } catch {
    return null;
  }
}

/** Stops a process group; false when it was already gone. */
async function stopGroup(group: number): Promise<boolean> {
  try {
    process.kill(-group, "SIGTERM");
  } catch {
    return false;
  }
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(-group, 0);
    } catch {
      return true;
    }
  }
  process.kill(-group, "SIGKILL");
  return true;
}

/** Refuses to run beside a live launcher; stops a `next dev` whose launcher was killed (and says so). */
export async function takeDevLock(port: number): Promise<boolean> {
  const previous = read();
  // A launcher killed a moment ago may take a little while to be gone.
  for (let i = 0; i < 20 && previous && isRunning(previous.launcher); i++) await new Promise((r) => setTimeout(r, 100));
  if (previous && previous.launcher !== process.pid && isRunning(previous.launcher)) {
    throw new LaunchError(`Marquee is already running in development (pid ${previous.launcher}, port ${previous.port}). Stop it first, or use it.`);
  }
  const reaped = previous?.nextGroup ? await stopGroup(previous.nextGroup) : false;
  mkdirSync(".data", { recursive: true });
  writeFileSync(FILE, JSON.stringify({ launcher: process.pid, nextGroup: null, port } satisfies Lock));
  return reaped;
}

export function recordNextGroup(port: number, nextGroup: number) {
  writeFileSync(FILE, JSON.stringify({ launcher: process.pid, nextGroup, port } satisfies Lock));
}

export async function releaseDevLock(nextGroup: number | undefined) {
  if (nextGroup) await stopGroup(nextGroup);
  const current = read();
  if (current?.launcher === process.pid) rmSync(FILE, { force: true });
}
