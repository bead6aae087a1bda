// The log's lines reach their stream whole, info lines gathered into one
// write per turn of the event loop, warnings and errors at once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeLog } from "./log";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("writeLog", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes the info lines of one turn in a single write, each a JSON object on its own line", async () => {
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    writeLog("info", "http", { path: "/a", status: 200 });
    writeLog("info", "http", { path: "/b", status: 304 });
    writeLog("info", "scheduler", { msg: "published" });
    expect(stdout).not.toHaveBeenCalled();
    await nextTurn();
    expect(stdout).toHaveBeenCalledTimes(1);
    const lines = String(stdout.mock.calls[0][0])
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.level, l.source, l.path ?? l.msg])).toEqual([
      ["info", "http", "/a"],
      ["info", "http", "/b"],
      ["info", "scheduler", "published"],
    ]);
    expect(Date.parse(lines[0].time)).not.toBeNaN();
  });

  it("writes warnings and errors to stderr at once", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    writeLog("error", "edge-purge", { msg: "gave up" });
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(stderr.mock.calls[0][0]))).toMatchObject({ level: "error", source: "edge-purge", msg: "gave up" });
  });
});
