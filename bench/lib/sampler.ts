// Samples the resident memory of a server's process tree while it works,
// keeping the maximum overall and per phase.
import { treeRss } from "./processes";

export type RssSampler = { phase: (name: string) => void; stop: () => { maxBytes: number; byPhase: Record<string, number>; samples: number } };

export function sampleRss(pid: number, everyMs = 250): RssSampler {
  let phase = "start";
  let maxBytes = 0;
  let samples = 0;
  const byPhase: Record<string, number> = {};
  const take = () => {
    const bytes = treeRss(pid);
    if (!bytes) return;
    samples++;
    maxBytes = Math.max(maxBytes, bytes);
    byPhase[phase] = Math.max(byPhase[phase] ?? 0, bytes);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    phase: (name) => {
      take();
      phase = name;
    },
    stop: () => {
      take();
      clearInterval(timer);
      return { maxBytes, byPhase, samples };
    },
  };
}
