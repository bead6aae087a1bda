// Raw HTTP bodies that a browser or a fetch client would never send: chunked
// streams of any size and Content-Length values that lie. For the abuse spec
// (e2e/abuse.spec.ts) and its benchmark (bench/abuse.ts).
import { request as httpRequest } from "node:http";

export type AttackResult = { status: number; sent: number; ms: number; body: string };

/**
 * Sends up to `total` bytes of `fill` to `url` in 64 kB chunks (chunked
 * encoding, or with `declaredLength` as Content-Length), stopping as soon as
 * the server answers. `sent` says how much went out before the answer.
 */
export function sendBody(
  url: string,
  {
    total,
    headers = {},
    declaredLength,
    method = "POST",
    fill = "a",
  }: {
    total: number;
    headers?: Record<string, string>;
    declaredLength?: number;
    method?: string;
    fill?: string;
  },
): Promise<AttackResult> {
  const started = Date.now();
  const chunk = Buffer.alloc(64 * 1024, fill);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, {
      method,
      headers: { ...headers, ...(declaredLength !== undefined ? { "content-length": String(declaredLength) } : { "transfer-encoding": "chunked" }) },
    });
    req.on("response", (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (d: Buffer) => parts.push(d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, sent, ms: Date.now() - started, body: Buffer.concat(parts).toString("utf8").slice(0, 2000) });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const limit = declaredLength !== undefined ? Math.min(total, declaredLength) : total;
    const pump = () => {
      while (!answered && sent < limit) {
        const piece = limit - sent >= chunk.length ? chunk : chunk.subarray(0, limit - sent);
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (!answered && sent >= limit) req.end();
    };
    pump();
  });
}
