// The one log format of a server process: one line of JSON per event, with
// `time` (ISO 8601, UTC), `level`, `source` (http, scheduler, edge-purge,
// cache, listen...) and fields of its own. Info goes to stdout, warnings and
// errors to stderr, so journald and container runtimes keep the two apart.
// No dependencies and no "server-only": scripts/server.ts bundles it.

export type LogLevel = "info" | "warn" | "error";
export type LogValue = string | number | boolean | null | undefined | readonly string[];
export type LogFields = Record<string, LogValue>;

/** The line `writeLog` prints, without its newline. */
export function formatLogLine(level: LogLevel, source: string, fields: LogFields, now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), level, source, ...fields });
}

// Info lines (one per request on a busy server) are gathered and written
// once per turn of the event loop: a write to a pipe or a file is a blocking
// system call, and one per request took half the throughput of the page
// cache's hits (BENCHMARKS.md, 2026-12-02). Warnings and errors go at once.
let pendingInfo = "";

function flushInfo(): void {
  if (!pendingInfo) return;
  const lines = pendingInfo;
  pendingInfo = "";
  process.stdout.write(lines);
}

process.once("exit", flushInfo);

export function writeLog(level: LogLevel, source: string, fields: LogFields): void {
  const line = `${formatLogLine(level, source, fields)}\n`;
  if (level !== "info") return void process.stderr.write(line);
  if (!pendingInfo) setImmediate(flushInfo);
  pendingInfo += line;
}

/** What background tasks log through: a sentence in `msg`, details as fields. */
export type Logger = Record<LogLevel, (msg: string, fields?: LogFields) => void>;

export function logger(source: string): Logger {
  return {
    info: (msg, fields) => writeLog("info", source, { msg, ...fields }),
    warn: (msg, fields) => writeLog("warn", source, { msg, ...fields }),
    error: (msg, fields) => writeLog("error", source, { msg, ...fields }),
  };
}
