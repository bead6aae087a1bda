import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyBytes, readBodyText } from "./read-body";

function streamOf(chunks: number, chunkSize: number, onPull?: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.();
      if (sent >= chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(chunkSize).fill(97));
    },
  });
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyBytes", () => {
  it("returns a body within the limit", async () => {
    expect(await readBodyText(post("hello"), 5)).toBe("hello");
    expect((await readBodyBytes(post(null), 5)).byteLength).toBe(0);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    let pulls = 0;
    const request = post(
      streamOf(1000, 1024, () => pulls++),
      { "content-length": "1024000" },
    );
    await expect(readBodyBytes(request, 4096)).rejects.toMatchObject({ code: "too_large", status: 413 });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    let pulls = 0;
    const request = post(streamOf(100_000, 1024, () => pulls++));
    await expect(readBodyBytes(request, 8 * 1024)).rejects.toBeInstanceOf(AppError);
    // 8 kB is 8 chunks; the 9th passes the limit. The other 99,990 are never pulled.
    expect(pulls).toBeLessThan(12);
  });

  it("catches a Content-Length that understates the body", async () => {
    const request = post(streamOf(64, 1024), { "content-length": "10" });
    await expect(readBodyBytes(request, 4096)).rejects.toMatchObject({ code: "too_large" });
  });

  it("answers 400 for a Content-Length that is not a number", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x", headers: { "content-length": "abc" } });
    await expect(readBodyBytes(request, 10)).rejects.toMatchObject({ code: "bad_request" });
  });
});

// Every body a route handler reads goes through read-body.ts, so that none
// can be buffered whole: a direct request.json()/text()/formData()/
// arrayBuffer()/blob() in a route handler fails this test.
describe("route handlers read bodies only through read-body.ts", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }
  const sources = [...files("app"), ...files("lib")].filter((f) => !/\.test\.ts$/.test(f) && !f.endsWith(join("http", "read-body.ts")));

  it("finds the route handlers it checks", () => {
    expect(sources.filter((f) => f.endsWith("route.ts")).length).toBeGreaterThan(10);
  });

  it("no source reads a request body directly", () => {
    const offenders = sources.flatMap((file) =>
      (readFileSync(file, "utf8").match(/\b(request|req)\s*\.\s*(clone\(\)\s*\.\s*)?(json|text|formData|arrayBuffer|blob|bytes)\s*\(/g) ?? []).map(
        (call) => `${file}: ${call}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
