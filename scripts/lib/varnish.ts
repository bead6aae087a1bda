// Starts Varnish with the shipped edge logic (deploy/varnish/marquee.vcl) in
// front of one Marquee server: for `npm run start:edge`, the tests and the
// benchmark. A site VCL is written to a temporary directory that is also
// varnishd's working directory (-n), so instances never share state.
// varnishd gets the purge secret in its environment, as in production.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const MARQUEE_VCL = path.resolve(import.meta.dirname, "../../deploy/varnish/marquee.vcl");

export type VarnishOptions = {
  /** Where Varnish listens (127.0.0.1). */
  port: number;
  /** The Marquee server behind it (127.0.0.1); several are taken round-robin, as in deploy/docker/varnish.vcl. */
  backendPort: number | number[];
  /** Addresses allowed to PURGE. */
  purgers?: string[];
  /**
   * The secret a PURGE must carry (EDGE_PURGE_SECRET in varnishd's environment,
   * read by marquee.vcl). Default: this process's EDGE_PURGE_SECRET, else a
   * random one (see `purgeSecret` on the result).
   */
  purgeSecret?: string;
  /** VCL appended after the shipped logic (tests shorten lifetimes with it). */
  extraVcl?: string;
  /**
   * Probe the backend's GET /api/ready as deploy/varnish/default.vcl does
   * (default true). Only a stand-in origin that is not a Marquee server turns it off.
   */
  probe?: boolean;
  /** Cache size. */
  storage?: string;
};

export type Varnish = {
  port: number;
  pid: number;
  /** What a PURGE sent here must carry in X-Purge-Secret. */
  purgeSecret: string;
  child: ChildProcess;
  workDir: string;
  stop: () => Promise<void>;
  /** One varnishstat counter, e.g. MAIN.n_object. */
  stat: (counter: string) => number;
  /** The headers of every request Varnish sent the app for `path`, from its shared-memory log. */
  backendHeaders: (path: string) => string[][];
};

/** The probe of deploy/varnish/default.vcl, so the edge here takes an app that is not ready out of rotation as production does. */
const READY_PROBE = `probe marquee_ready {
  .request = "GET /api/ready HTTP/1.1" "Host: localhost" "User-Agent: varnish-probe" "Connection: close";
  .expected_response = 200; .timeout = 4s; .interval = 5s; .window = 5; .threshold = 3; .initial = 3;
}`;

export function siteVcl({ backendPort, purgers = ["127.0.0.1", "::1"], extraVcl = "", probe = true }: VarnishOptions): string {
  const ports = [backendPort].flat();
  // The first backend is `default`, as marquee.vcl expects; any others join it in a round-robin director.
  const names = ports.map((_, i) => (i === 0 ? "default" : `app${i + 1}`));
  const backends = ports.map(
    (port, i) => `backend ${names[i]} { .host = "127.0.0.1"; .port = "${port}"; .first_byte_timeout = 30s;${probe ? " .probe = marquee_ready;" : ""} }`,
  );
  const director =
    ports.length > 1
      ? `import directors;
sub vcl_init { new app = directors.round_robin(); ${names.map((n) => `app.add_backend(${n});`).join(" ")} }
sub vcl_recv { set req.backend_hint = app.backend(); }
`
      : "";
  return `vcl 4.1;
${probe ? READY_PROBE : ""}
${backends.join("\n")}
acl purgers { ${purgers.map((p) => `"${p}";`).join(" ")} }
${director}include "${MARQUEE_VCL}";
${extraVcl}
`;
}

export function varnishInstalled(): boolean {
  return spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status === 0;
}

export async function startVarnish(options: VarnishOptions): Promise<Varnish> {
  if (!varnishInstalled()) throw new Error("varnishd is not installed (Debian: apt-get install varnish varnish-modules).");
  const workDir = mkdtempSync(path.join(tmpdir(), "marquee-varnish-"));
  const vclFile = path.join(workDir, "site.vcl");
  writeFileSync(vclFile, siteVcl(options));
  const purgeSecret = options.purgeSecret ?? process.env.EDGE_PURGE_SECRET ?? randomBytes(32).toString("base64url");
  // -F: stay in the foreground as our child; -j none: run as the current user.
  const args = ["-F", "-j", "none", "-n", workDir, "-a", `127.0.0.1:${options.port}`, "-f", vclFile];
  // http_gzip_support=off: Varnish keeps the app's gzip and plain copies apart (see marquee.vcl).
  args.push("-s", `malloc,${options.storage ?? "256m"}`, "-p", "thread_pool_min=20", "-p", "http_gzip_support=off");
  const child = spawn("varnishd", args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, EDGE_PURGE_SECRET: purgeSecret } });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  try {
    await waitForPort(options.port, child);
  } catch (error) {
    child.kill("SIGTERM");
    rmSync(workDir, { recursive: true, force: true });
    throw new Error(`Varnish did not start: ${(error as Error).message}\n${output}`);
  }
  return {
    port: options.port,
    pid: child.pid!,
    purgeSecret,
    child,
    ...inspectVarnish(workDir),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Reads the counters and log of the Varnish whose working directory is `workDir` (another process may have started it). */
export function inspectVarnish(workDir: string): Pick<Varnish, "workDir" | "stat" | "backendHeaders"> {
  return { workDir, stat: (counter) => readCounter(workDir, counter), backendHeaders: (url) => readBackendHeaders(workDir, url) };
}

function readCounter(workDir: string, counter: string): number {
  const out = spawnSync("varnishstat", ["-n", workDir, "-1", "-f", counter], { encoding: "utf8" });
  const value = Number(out.stdout.trim().split(/\s+/)[1]);
  if (out.status !== 0 || Number.isNaN(value)) throw new Error(`varnishstat ${counter}: ${out.stderr || out.stdout}`);
  return value;
}

function readBackendHeaders(workDir: string, url: string): string[][] {
  const query = `BereqURL eq "${url.replace(/["\\]/g, "")}"`;
  const out = spawnSync("varnishlog", ["-n", workDir, "-d", "-g", "request", "-q", query, "-i", "BereqHeader"], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(`varnishlog: ${out.stderr || out.stdout}`);
  return out.stdout
    .split(/^\*+\s+<< BeReq/m)
    .slice(1)
    .map((block) => [...block.matchAll(/^-+\s+BereqHeader\s+(.*)$/gm)].map((m) => m[1]));
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with code ${child.exitCode}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on port ${port} after 20 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.end(() => resolve(true)));
    socket.once("error", () => resolve(false));
  });
}
