// npm run dev: a real PostgreSQL (embedded unless DATABASE_URL is set),
// migrations, demo content, then `next dev`, and the scheduler in this
// launcher's own process (MARQUEE_SCHEDULER=off: none), where compiling and
// serving pages cannot hold it up. Prints where to go and how to sign in.
import "./lib/load-env";
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import exitHook from "async-exit-hook";
import { recordNextGroup, releaseDevLock, takeDevLock } from "./lib/dev-lock";
import { exitWithError, launch, LaunchError } from "./lib/fail";
import { prepareEnvironment, seedDemo } from "./lib/prepare";

const started = Date.now();
/** Set once Ctrl-C (or SIGTERM) has begun the clean-up, which then ends the process. */
let stopping = false;

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new LaunchError(`next dev exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** `dir` relative to the project when inside it, else absolute. */
function shortPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : dir;
}

function portFromEnv(): number {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new LaunchError(`PORT must be a port number from 1 to 65535 (it is "${process.env.PORT}").`);
  return port;
}

async function main() {
  const port = portFromEnv();
  const reaped = await takeDevLock(port);
  if (reaped) console.log("Stopped the next dev left running by an earlier, killed run.");
  // A server found running was left by a killed launcher (takeDevLock
  // refused a live one): this run owns it now and stops it on exit.
  const database = await prepareEnvironment({ databaseName: "marquee", adoptEmbedded: true });
  const password = await seedDemo();
  process.env.SITE_URL ??= `http://localhost:${port}`;

  // Its own process group, so everything `next dev` starts can be stopped together.
  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
    detached: true,
  });
  recordNextGroup(port, next.pid!);
  const relay = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString();
    if (/EADDRINUSE|address already in use/i.test(text)) {
      console.error(`\n✖ Port ${port} is already in use. Stop what uses it or run with PORT=3001 npm run dev.\n`);
    }
    out.write(text);
  };
  next.stdout.on("data", relay(process.stdout));
  next.stderr.on("data", relay(process.stderr));

  const { startSchedulerLoop } = await import("@/lib/publishing/scheduler-loop");
  const scheduler = process.env.MARQUEE_SCHEDULER === "off" ? undefined : startSchedulerLoop();

  // On SIGINT/SIGTERM (async-exit-hook waits for it): the scheduler, `next dev`,
  // then the embedded server this run started, stop before the process ends.
  exitHook((done) => {
    stopping = true;
    console.log("\nStopping Marquee…");
    void Promise.resolve(scheduler?.stop())
      .then(() => releaseDevLock(next.pid))
      .then(() => database.embedded?.stop())
      .finally(done);
  });
  next.on("exit", (code) => {
    if (!stopping) process.exit(code ?? 1);
  });

  const url = `http://localhost:${port}`;
  await waitForServer(url, next);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  ▲ Marquee is ready in ${seconds}s
    Site:       ${url}
    Dashboard:  ${url}/admin
    Database:   ${database.embedded ? `embedded PostgreSQL (${shortPath(database.embedded.dataDir)})` : "DATABASE_URL"}

    Demo logins (password: ${password})
      admin@marquee.test        admin
      editor@marquee.test       editor
      contributor@marquee.test  contributor
`);
}

launch(() =>
  main().catch(async (error: unknown) => {
    if (stopping) return; // `next dev` ended because of the stop itself
    await releaseDevLock(undefined).catch(() => {});
    exitWithError(error);
  }),
);
