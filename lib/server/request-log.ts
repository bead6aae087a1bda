// One line of JSON per request in production (scripts/server.ts), in the
// format of lib/server/log.ts: time, method, path, status, duration and what
// the page cache did. MARQUEE_REQUEST_LOG=off turns it off. It costs one
// JSON.stringify and one write per request: the hit path of the page cache
// must stay about as cheap as bare Node.
import type { IncomingMessage, ServerResponse } from "node:http";
import { cacheOutcomeOf } from "@/lib/cache/page-cache-http";
import { writeLog, type LogFields, type LogLevel } from "./log";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Write = (level: LogLevel, source: string, fields: LogFields) => void;

// Path segments that are credentials: single-use password links and preview share links.
const SECRET_SEGMENT = /^(\/account\/password\/|\/preview\/share\/)[^/]+/;

/** The path as logged: no query string (search terms, cursors), secret tokens replaced. */
export function loggedPath(url: string | undefined): string {
  const raw = url ?? "/";
  const mark = raw.indexOf("?");
  const path = mark < 0 ? raw : raw.slice(0, mark);
  return path.replace(SECRET_SEGMENT, "$1[token]");
}

/** Whether this process writes request lines: production only, unless MARQUEE_REQUEST_LOG=off. */
export function requestLogEnabled(env: { NODE_ENV: string; MARQUEE_REQUEST_LOG: "on" | "off" }): boolean {
  return env.NODE_ENV === "production" && env.MARQUEE_REQUEST_LOG === "on";
}

/**
 * Wraps the server's request listener: once the response is finished (or the
 * client went away), one line with `cache` as the page cache decided it (hit,
 * miss, pass; "off" when no page cache runs) and `aborted` when the response
 * never completed.
 */
export function withRequestLog(next: Handler, write: Write = writeLog): Handler {
  return (req, res) => {
    const started = performance.now();
    const method = req.method ?? "GET";
    const path = loggedPath(req.url);
    res.once("close", () => {
      const fields: LogFields = {
        method,
        path,
        status: res.statusCode,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        cache: cacheOutcomeOf(res) ?? "off",
      };
      if (!res.writableFinished) fields.aborted = true;
      write(res.statusCode >= 500 ? "error" : "info", "http", fields);
    });
    next(req, res);
  };
}
