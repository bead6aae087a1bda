// Building Marquee the way `npm run build` does (`next build`, then the
// bundles in dist/) and starting it the way `npm start` does (same Node
// flags, from scripts/lib/server-process.ts), for every benchmark.
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { bundleEntryPoints } from "../../scripts/lib/bundle";
import { LaunchError } from "../../scripts/lib/fail";
import { serverArgs, serverNodeFlags } from "../../scripts/lib/server-process";
import { runToEnd, type Server, startProcess } from "./processes";

export const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** `next build` with `env`, its output in `logFile`, then the server bundle; returns the seconds `next build` took. */
export async function buildApp(env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  console.log("next build (log in bench/results)…");
  const started = performance.now();
  const code = await runToEnd(process.execPath, [NEXT_BIN, "build"], { env, logFile, timeoutMs: 600_000 });
  if (code !== 0) throw new LaunchError(`next build failed (exit ${code}); see ${logFile}`);
  const seconds = (performance.now() - started) / 1000;
  await bundleEntryPoints();
  return seconds;
}

/** The production server on 127.0.0.1:`port` with `env`, as npm start runs it (the heap cap of MARQUEE_HEAP_MB, the page cache of MARQUEE_PAGE_CACHE_MB). */
export function startApp(name: string, port: number, env: NodeJS.ProcessEnv, logFile: string): Server {
  const args = serverArgs({ port, hostname: "127.0.0.1", heapMb: parseEnv(env).MARQUEE_HEAP_MB });
  // As scripts/run-built.mjs sets it for npm start on Linux.
  return startProcess(name, process.execPath, args, { env: { MALLOC_ARENA_MAX: "2", ...env }, port, logFile });
}

/** The same build under `next start` on 127.0.0.1:`port`: Next alone, as a deployment without Marquee's server would run it. */
export function startNextAlone(port: number, env: NodeJS.ProcessEnv, logFile: string): Server {
  const args = [...serverNodeFlags(parseEnv(env).MARQUEE_HEAP_MB), NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"];
  return startProcess("Next alone (next start)", process.execPath, args, { env, port, logFile });
}
