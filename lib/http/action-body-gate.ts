// Server-action bodies at the production server's door (scripts/server.ts).
// Next reads an action's body while it streams and stops at
// `serverActions.bodySizeLimit` (next.config.ts), but answers that with a
// 500. So the server refuses first, before Next reads a byte: a declared
// Content-Length over the limit gets 413, and an action body without one
// (chunked: no browser sends an action that way) gets 411. With a
// Content-Length at or under the limit, Node's parser never delivers more.
// One exception: Next forwards an action posted to a page that does not own
// it to the page that does, over loopback, re-streaming the body that already
// passed this gate (chunked, marked x-action-forwarded); that passes. The
// shipped VCL removes x-action-forwarded, so no client can claim it through
// an edge on the same host.
import type { IncomingMessage } from "node:http";

/** Next's `serverActions.bodySizeLimit` ("1mb") in bytes; next-config.test.ts keeps the two equal. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export type Refusal = { status: 411 | 413; message: string };

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export function actionBodyRefusal(req: Pick<IncomingMessage, "method" | "headers"> & { socket: { remoteAddress?: string } }): Refusal | null {
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return null;
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["x-action-forwarded"] !== undefined && LOOPBACK.has(req.socket.remoteAddress ?? "")) return null;
    return { status: 411, message: "A server action's body must say its length (Content-Length)." };
  }
  if (!/^\d+$/.test(declared) || Number(declared) > SERVER_ACTION_BODY_LIMIT) {
    return { status: 413, message: `A server action's body may be at most ${SERVER_ACTION_BODY_LIMIT} bytes.` };
  }
  return null;
}
