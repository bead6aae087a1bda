// The reference servers, all answering the bytes of a Marquee article page
// at /: the minimal Next.js app (bench/reference-next) twice, once pristine
// and once after rendering one dynamic page (as every real server has: it
// turns on React's request storage, whose async hooks cost CPU on Node 20),
// and bare Node http. The Next build lives in node_modules/.cache, outside
// lint and the type check. The app has an empty instrumentation.js of its
// own: without it, Turbopack (rooted at the workspace) builds the
// repository's instrumentation.ts into it, database and all.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN } from "./app";
import { freePort, runToEnd, type Server, startProcess, waitForHttp } from "./processes";

const ROOT = process.cwd();
export const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "marquee-bench");
const REFERENCE_APP = path.join(ROOT, "bench", "reference-next");
const REFERENCE_DIST = path.join(CACHE_DIR, "reference-next");

export type References = { next: Server; nextRendered: Server; bare: Server; bytes: number; rebuilt: boolean; buildSeconds: number };

export async function startReferences(html: Buffer, env: NodeJS.ProcessEnv, logFile: string): Promise<References> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const htmlFile = path.join(CACHE_DIR, "reference.html");
  writeFileSync(htmlFile, html);
  const digest = sourceDigest();
  const stamp = path.join(CACHE_DIR, "reference-next.sha256");
  const refEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: "production",
    MARQUEE_BENCH_REFERENCE_DIST: path.relative(REFERENCE_APP, REFERENCE_DIST),
  };
  // The page's bytes are swapped in after the build, so the build is reused until the app or Next changes.
  const upToDate = existsSync(path.join(REFERENCE_DIST, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === digest;
  const started = performance.now();
  if (!upToDate) {
    const code = await runToEnd(process.execPath, [NEXT_BIN, "build", REFERENCE_APP], { env: refEnv, logFile, timeoutMs: 300_000 });
    if (code !== 0) throw new Error(`next build bench/reference-next failed (exit ${code}); see ${logFile}.`);
    writeFileSync(stamp, digest);
  }
  const buildSeconds = (performance.now() - started) / 1000;
  // The page's prerendered HTML becomes the Marquee bytes. Next copies prerendered
  // pages into server/route-cache on first use and serves that copy from then on,
  // so the copy from an earlier run goes, to be made again from these bytes.
  writeFileSync(path.join(REFERENCE_DIST, "server", "app", "index.html"), html);
  rmSync(path.join(REFERENCE_DIST, "server", "route-cache"), { recursive: true, force: true });

  const startNext = async (name: string) => {
    const port = await freePort();
    return startProcess(name, process.execPath, [NEXT_BIN, "start", REFERENCE_APP, "--port", String(port), "--hostname", "127.0.0.1"], {
      env: refEnv,
      port,
      logFile,
    });
  };
  const next = await startNext("minimal Next page");
  const nextRendered = await startNext("minimal Next page, rendered once");
  const barePort = await freePort();
  const bare = startProcess("bare Node", process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "bare-server.ts"), htmlFile, String(barePort)], {
    env,
    port: barePort,
    logFile,
  });
  for (const server of [next, nextRendered, bare]) {
    const url = `http://127.0.0.1:${server.port}/`;
    await waitForHttp(url, server);
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    if (!body.equals(html)) throw new Error(`${server.name} does not serve the reference bytes (${body.length} bytes, expected ${html.length}).`);
  }
  const rendered = await fetch(`http://127.0.0.1:${nextRendered.port}/dynamic`);
  await rendered.text();
  if (rendered.status !== 200) throw new Error(`${nextRendered.name}: /dynamic answered ${rendered.status}.`);
  return { next, nextRendered, bare, bytes: html.length, rebuilt: !upToDate, buildSeconds };
}

/** A fingerprint of the reference app's sources: its build is reused while they stay the same. */
function sourceDigest(): string {
  const hash = createHash("sha256");
  for (const file of ["next.config.mjs", "instrumentation.js", "app/layout.js", "app/page.js", "app/dynamic/page.js"]) {
    hash.update(file).update(readFileSync(path.join(REFERENCE_APP, file)));
  }
  hash.update(readFileSync(path.join(ROOT, "node_modules", "next", "package.json")));
  return hash.digest("hex");
}
