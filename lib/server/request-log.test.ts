// The request log line an operator reads: one JSON object per request, with
// the page cache's decision, from a real HTTP server with the page cache in
// front of a stand-in for Next.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PageCache } from "@/lib/cache/page-cache";
import { withPageCache } from "@/lib/cache/page-cache-http";
import { formatLogLine, type LogFields, type LogLevel } from "./log";
import { loggedPath, requestLogEnabled, withRequestLog } from "./request-log";

type Line = { level: LogLevel; source: string; fields: LogFields };
const lines: Line[] = [];
const write = (level: LogLevel, source: string, fields: LogFields) => void lines.push({ level, source, fields });

function next(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  if (url.startsWith("/boom")) {
    res.statusCode = 500;
    return void res.end("failed");
  }
  if (url.startsWith("/slow")) return void setTimeout(() => res.end("late"), 50);
  if (url.startsWith("/hang")) return; // never answers; the client gives up
  res.setHeader("cache-control", url.startsWith("/admin") ? "private, no-store" : "s-maxage=60");
  res.setHeader("xkey", "home");
  res.end(`page ${url}`);
}

let withCache: Server;
let withoutCache: Server;
const urlOf = (server: Server, path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
const listen = (server: Server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

beforeAll(async () => {
  withCache = createServer(withRequestLog(withPageCache(new PageCache(1024 * 1024), next), write));
  withoutCache = createServer(withRequestLog(next, write));
  await Promise.all([listen(withCache), listen(withoutCache)]);
});
afterAll(() => Promise.all([close(withCache), close(withoutCache)]));
beforeEach(() => void (lines.length = 0));

/** The log line of one request, once the server has finished with it. */
async function lineFor(url: string, init?: RequestInit): Promise<Line> {
  const before = lines.length;
  const response = await fetch(url, init);
  await response.arrayBuffer();
  await expect.poll(() => lines.length).toBe(before + 1);
  return lines[before];
}

describe("request log", () => {
  it("writes one line per request with method, path, status, duration and the page cache's decision", async () => {
    const miss = await lineFor(urlOf(withCache, "/articles/a-story?utm_source=x"));
    expect(miss).toEqual({
      level: "info",
      source: "http",
      fields: { method: "GET", path: "/articles/a-story", status: 200, duration_ms: expect.any(Number), cache: "miss" },
    });
    expect((await lineFor(urlOf(withCache, "/articles/a-story"))).fields.cache).toBe("hit");
    expect((await lineFor(urlOf(withCache, "/admin/articles"))).fields).toMatchObject({ path: "/admin/articles", cache: "pass" });
    expect((await lineFor(urlOf(withCache, "/articles/a-story"), { method: "POST", body: "x" })).fields).toMatchObject({ method: "POST", cache: "pass" });
  });

  it("says `off` when no page cache runs, and measures the time to the last byte", async () => {
    const line = await lineFor(urlOf(withoutCache, "/slow"));
    expect(line.fields.cache).toBe("off");
    expect(line.fields.duration_ms).toBeGreaterThanOrEqual(45);
  });

  it("logs server errors at error level", async () => {
    expect(await lineFor(urlOf(withoutCache, "/boom"))).toMatchObject({ level: "error", fields: { status: 500 } });
  });

  it("marks a request whose client went away before the answer", async () => {
    const before = lines.length;
    await new Promise<void>((resolve) => {
      const req = request(urlOf(withoutCache, "/hang"));
      req.on("error", () => resolve());
      req.end(() => setTimeout(() => req.destroy(), 50));
    });
    await expect.poll(() => lines.length).toBe(before + 1);
    expect(lines[before].fields).toMatchObject({ path: "/hang", aborted: true });
  });

  it("keeps search terms and single-use tokens out of the log", () => {
    expect(loggedPath("/search?q=who+is+leaving")).toBe("/search");
    expect(loggedPath("/account/password/abc123secret")).toBe("/account/password/[token]");
    expect(loggedPath("/preview/share/tok_987?x=1")).toBe("/preview/share/[token]");
    expect(loggedPath("/preview/7d3c2a")).toBe("/preview/7d3c2a");
    expect(loggedPath(undefined)).toBe("/");
  });

  it("runs in production only, unless MARQUEE_REQUEST_LOG=off", () => {
    expect(requestLogEnabled({ NODE_ENV: "production", MARQUEE_REQUEST_LOG: "on" })).toBe(true);
    expect(requestLogEnabled({ NODE_ENV: "production", MARQUEE_REQUEST_LOG: "off" })).toBe(false);
    expect(requestLogEnabled({ NODE_ENV: "development", MARQUEE_REQUEST_LOG: "on" })).toBe(false);
  });
});

describe("log line format", () => {
  it("is one line of JSON: time, level, source, then the fields", () => {
    const line = formatLogLine(
      "warn",
      "scheduler",
      { msg: "1 item(s) more than 60 s overdue", overdue: ["a1 (publish_at 2026-12-02T08:00:00.000Z)"] },
      new Date("2026-12-02T09:00:00Z"),
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-12-02T09:00:00.000Z",
      level: "warn",
      source: "scheduler",
      msg: "1 item(s) more than 60 s overdue",
      overdue: ["a1 (publish_at 2026-12-02T08:00:00.000Z)"],
    });
    expect(Object.keys(JSON.parse(line)).slice(0, 3)).toEqual(["time", "level", "source"]);
  });
});
