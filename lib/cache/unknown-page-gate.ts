// Keeps pages that cannot exist out of every cache (scripts/server.ts puts it
// in front of Next, behind the page cache).
//
// Next 16 with Cache Components keeps the render of every /articles/<slug>
// it is asked for, a 404 included: an entry of about 60 kB under
// .next/server/route-cache, its copies in memory, and
// `Cache-Control: s-maxage=3600`, so an edge cache keeps it too. It has no
// switch to render a page without keeping it, so made-up slugs (crawlers,
// typos, anyone with a loop) would grow all of those without bound. The same
// holds for tag, section and author pages, their page numbers and feeds.
//
// So the path is checked first (lib/articles/public-paths.ts: one indexed
// query, then remembered while the page exists). A path that cannot exist is
// handed to Next as the build's placeholder ("-"), whose 404 page is one entry
// shared by all of them, and answered `no-store`, which Next keeps and which
// no cache stores.
import type { IncomingMessage, ServerResponse } from "node:http";
import { parsePublicPath, publicPathExists } from "@/lib/articles/public-paths";
import { logger } from "@/lib/server/log";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** What the answer for a page that cannot exist says about caching: the same as Next's own 404 for a URL no route matches. */
export const UNKNOWN_PAGE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

export function withUnknownPageGate(next: Handler): Handler {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next(req, res);
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const path = parsePublicPath(pathname);
    if (!path) return next(req, res);
    publicPathExists(path).then(
      (exists) => {
        if (!exists) {
          req.url = path.placeholder + (queryAt === -1 ? "" : url.slice(queryAt));
          res.setHeader("Cache-Control", UNKNOWN_PAGE_CACHE_CONTROL);
        }
        next(req, res);
      },
      (error: unknown) => {
        // Next answers as it would without the gate (it needs the same database).
        logger("unknown-page-gate").error("could not check a path; Next answers it", {
          path: pathname,
          error: error instanceof Error ? error.message : String(error),
        });
        next(req, res);
      },
    );
  };
}
