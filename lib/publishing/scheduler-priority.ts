// The scheduler's claim to the CPU (docs/architecture.md, "Scheduling"). On a
// machine saturated by readers, the thread that commits a story at its due
// time competes with every thread serving them; a higher priority lets it run
// the moment its timer fires. On Linux the nice value belongs to a thread, so
// this raises the scheduler's thread (or the `npm run scheduler` process) and
// nothing else. Raising it needs root, CAP_SYS_NICE or an RLIMIT_NICE that
// allows it (systemd: LimitNICE=); without, the scheduler runs as before.
// No "server-only" here: the scheduler's entry points import it.
import { getPriority, setPriority } from "node:os";

/** The nice value asked for: ahead of the web server's threads, behind the kernel's own. */
export const SCHEDULER_NICE = -10;

/** Raises the calling thread's priority; says what it got. */
export function raiseSchedulerPriority(): { nice: number; raised: boolean } {
  try {
    setPriority(SCHEDULER_NICE);
    return { nice: getPriority(), raised: true };
  } catch {
    return { nice: getPriority(), raised: false };
  }
}
