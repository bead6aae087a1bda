// s3rver (a real S3-compatible server from npm) in a process of its own, for
// the tests of the s3 storage mode: never a mocked client.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** s3rver (a real S3 API over HTTP, from npm) in a process of its own, on a free port, with a temporary directory. */
export async function startS3rver(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "marquee-s3rver-"));
  const bin = path.resolve(import.meta.dirname, "../node_modules/s3rver/bin/s3rver.js");
  const child: ChildProcess = spawn(process.execPath, [bin, "-d", dir, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", "media"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`s3rver did not start: ${out}`)), 15_000);
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const port = /listening on [^\s:]+:(\d+)/.exec(out)?.[1];
        if (port) {
          clearTimeout(timer);
          resolve(`http://127.0.0.1:${port}`);
        }
      });
      child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`s3rver exited (${code}): ${out}`)));
    });
    // Listening is not answering: wait for an HTTP answer (any status).
    for (let attempt = 0; ; attempt++) {
      try {
        await fetch(endpoint);
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return { endpoint, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const s3rverSettings = (endpoint: string) => ({
  endpoint,
  region: "us-east-1",
  bucket: "media",
  // s3rver's fixed credentials; it checks request signatures with them.
  accessKeyId: "S3RVER",
  secretAccessKey: "S3RVER",
});
