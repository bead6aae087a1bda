// The lock e2e runs take around the shared `.next` directory. A `flock`
// child holds it until we close its stdin, so the lock is released when
// this process exits, however it exits (even SIGKILL closes the pipe).
import { spawn } from "node:child_process";

export const E2E_LOCK = "/tmp/marquee-e2e.lock";

export type HeldLock = { release: () => void; waitedMs: number };

export async function acquireLock(path = E2E_LOCK, timeoutSeconds = 900): Promise<HeldLock> {
  const started = performance.now();
  const holder = spawn("flock", ["-w", String(timeoutSeconds), path, "sh", "-c", "echo locked; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    holder.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("locked")) resolve();
    });
    holder.once("error", reject);
    holder.once("exit", (code) => reject(new Error(`Could not take ${path} within ${timeoutSeconds}s (flock exited with ${code}).`)));
  });
  return {
    waitedMs: performance.now() - started,
    release: () => {
      holder.stdin.end();
    },
  };
}
