// The production server: Next's request handler behind the page cache
// (lib/cache/page-cache.ts). `npm start`, the benchmarks and the e2e tests
// run it as dist/server.mjs, which `npm run build` bundles after `next build`
// (scripts/lib/bundle.ts), with `--port N [--hostname H]` and the environment
// already checked. MARQUEE_PAGE_CACHE_MB=0 serves everything through Next alone.
// With MARQUEE_SCHEDULER=on (the default) the scheduler runs in a thread of
// this process (lib/publishing/scheduler-thread.ts, dist/scheduler-worker.mjs),
// whose first pass ends before the server listens.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { getEnv } from "@/lib/env";
import { PageCache, registerPageCache } from "@/lib/cache/page-cache";
import { withPageCache } from "@/lib/cache/page-cache-http";
import { withUnknownPageGate } from "@/lib/cache/unknown-page-gate";
import { actionBodyRefusal } from "@/lib/http/action-body-gate";
import { startSchedulerThread } from "@/lib/publishing/scheduler-thread";
import { logger } from "@/lib/server/log";
import { requestLogEnabled, withRequestLog } from "@/lib/server/request-log";

const { values: args } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string" } } });
const port = Number(args.port);
const hostname = args.hostname;

async function main() {
  const env = getEnv();
  // Instrumentation (background tasks) reads the port Next listens on from here, as under `next start`.
  process.env.PORT = String(port);
  const scheduler = env.MARQUEE_SCHEDULER === "on" ? startSchedulerThread(new URL("./scheduler-worker.mjs", import.meta.url), logger("scheduler")) : undefined;
  if ((await scheduler?.firstPass) === "late") logger("scheduler").warn("first pass at start is slow; serving meanwhile");
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const cache = env.MARQUEE_PAGE_CACHE_MB > 0 ? new PageCache(env.MARQUEE_PAGE_CACHE_MB * 1024 * 1024) : undefined;
  registerPageCache(cache);

  const toNext = (req: IncomingMessage, res: ServerResponse) => {
    const refusal = actionBodyRefusal(req);
    if (refusal) {
      // Answered before Next reads the body; Node discards what still arrives.
      res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      return void res.end(refusal.message);
    }
    appendPeerAddress(req);
    void handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle request for ${req.url}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };

  // Pages that cannot exist reach Next as one shared 404, never as a render it would keep.
  const gated = withUnknownPageGate(toNext);
  const cached = cache ? withPageCache(cache, gated) : gated;
  // One JSON line per request (MARQUEE_REQUEST_LOG=off: none).
  const server = createServer(requestLogEnabled(env) ? withRequestLog(cached) : cached);
  server.on("error", (error) => {
    console.error(`Could not listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(`Marquee listening on http://${hostname ?? "localhost"}:${port}${cache ? ` (page cache ${env.MARQUEE_PAGE_CACHE_MB} MB)` : ""}`);
  });

  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    server.close(() => void Promise.all([app.close(), scheduler?.stop()]).finally(() => process.exit(0)));
    // Keep-alive connections would hold close() open.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

/**
 * Appends the socket's peer to X-Forwarded-For, as a proxy does, so its last
 * entry is always the address that reached this server, whatever a client
 * wrote before it (lib/auth/client-ip.ts counts TRUSTED_PROXIES from there).
 */
function appendPeerAddress(req: IncomingMessage): void {
  const peer = req.socket.remoteAddress;
  if (!peer) return;
  const given = req.headers["x-forwarded-for"];
  const prior = Array.isArray(given) ? given.join(", ") : given;
  req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
