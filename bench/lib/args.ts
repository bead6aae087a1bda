// Command-line options both benchmarks take (npm run bench, npm run bench:edge).
import { LaunchError } from "../../scripts/lib/fail";
import { DEFAULT_BENCH_DATABASE } from "./bench-database";
import type { LoadOptions } from "./throughput";

export const commonOptions = {
  "skip-build": { type: "boolean", default: false },
  database: { type: "string", default: DEFAULT_BENCH_DATABASE },
  seconds: { type: "string", default: "16" },
  warmup: { type: "string", default: "2" },
  rounds: { type: "string", default: "4" },
  connections: { type: "string", default: "50" },
  threads: { type: "string", default: "2" },
} as const;

/** A non-negative number option, or a LaunchError naming it. */
export function numberOption(args: Record<string, unknown>, name: string): number {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n < 0) throw new LaunchError(`--${name} must be a number.`);
  return n;
}

export function loadOptions(num: (name: keyof typeof commonOptions) => number): LoadOptions {
  return {
    connections: num("connections"),
    threads: num("threads"),
    seconds: num("seconds"),
    warmupSeconds: num("warmup"),
    rounds: Math.max(1, num("rounds")),
  };
}
