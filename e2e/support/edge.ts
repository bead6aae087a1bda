// The edge in the e2e suite: a real Varnish with the shipped VCL in front of
// the server under test, and requests to it with full control of headers and
// source address (fetch cannot set Host or bind 127.0.0.3).
import http from "node:http";
import { inspectVarnish, startVarnish, type Varnish, type VarnishOptions } from "../../scripts/lib/varnish";

/** The Varnish the app under test purges (scripts/test.ts gives the app EDGE_PURGE_URLS for this port). */
export const EDGE_PORT = Number(process.env.E2E_EDGE_PORT ?? 6100);
export const APP_PORT = Number(process.env.E2E_PORT ?? 3100);

export function startEdge(options: Partial<VarnishOptions> = {}): Promise<Varnish> {
  return startVarnish({ port: EDGE_PORT, backendPort: APP_PORT, ...options });
}

/** The suite's edge, started by edge-global-setup.ts: its counters and log. */
export function suiteEdge() {
  const workDir = process.env.E2E_EDGE_WORKDIR;
  if (!workDir) throw new Error("The suite's edge is not running (playwright.config.ts globalSetup).");
  return inspectVarnish(workDir);
}

export type EdgeResponse = { status: number; cache: string; headers: http.IncomingHttpHeaders; body: string };

/** One request to the edge; `cache` is hit, miss or pass (X-Cache from marquee.vcl). */
export function edgeRequest(
  path: string,
  {
    method = "GET",
    headers = {},
    port = EDGE_PORT,
    localAddress,
  }: { method?: string; headers?: Record<string, string>; port?: number; localAddress?: string } = {},
): Promise<EdgeResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers, localAddress }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, cache: String(res.headers["x-cache"] ?? ""), headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The secret the suite's edge and the app under test share (EDGE_PURGE_SECRET, set by scripts/test.ts). */
export function purgeSecret(): string {
  const secret = process.env.EDGE_PURGE_SECRET;
  if (!secret) throw new Error("EDGE_PURGE_SECRET is not set (scripts/test.ts sets it for the app and the edge).");
  return secret;
}

/** PURGE `keys` on the edge the way the app does: from 127.0.0.1, with the shared secret. */
export function purgeEdge(keys: string, { port = EDGE_PORT, secret = purgeSecret() }: { port?: number; secret?: string } = {}): Promise<EdgeResponse> {
  return edgeRequest("/", { method: "PURGE", port, headers: { xkey: keys, "x-purge-secret": secret } });
}

/**
 * Requests `path` until the edge answers it from its cache: the first request
 * stores it, unless a publish elsewhere in the suite (a scheduled story
 * falling due) purges it meanwhile, so it tries for a couple of seconds.
 */
export async function primeEdge(path: string, port = EDGE_PORT): Promise<EdgeResponse> {
  let last: EdgeResponse | undefined;
  for (let i = 0; i < 20; i++) {
    last = await edgeRequest(path, { port });
    if (last.cache === "hit") return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} is not stored by the edge (last answer: ${last?.status}, ${last?.cache}, ${last?.headers["cache-control"]})`);
}
