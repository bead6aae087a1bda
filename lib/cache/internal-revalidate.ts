// A background task (the scheduler, the invalidation listener) has no request
// context, and Next's revalidateTag needs one (docs/architecture.md, "Cache"). So it asks its own
// server process over loopback, through app/api/internal/revalidate, with a
// secret that exists only in this process's memory.
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";

export const INTERNAL_SECRET_HEADER = "x-marquee-internal";
export const MAX_TAGS_PER_CALL = 2000;

const holder = globalThis as unknown as { marqueeInternalSecret?: string; marqueeServerPort?: string };
const secret = (holder.marqueeInternalSecret ??= randomBytes(32).toString("base64url"));

export function isInternalCall(request: Request): boolean {
  const given = Buffer.from(request.headers.get(INTERNAL_SECRET_HEADER) ?? "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Remembers the port `next start` / `next dev` listens on (instrumentation reads it at start). */
export function setServerPort(port: string | undefined): void {
  if (port) holder.marqueeServerPort = port;
}

/** How long a call waits for its own server to start listening (the scheduler may run before it does). */
const STARTUP_WAIT_MS = 15_000;

/** Clears `tags` in this process's Next cache. Resolves false when this process is not a server (scripts, tests). */
export async function revalidateInThisServer(tags: readonly string[]): Promise<boolean> {
  const port = holder.marqueeServerPort;
  if (!port || tags.length === 0) return false;
  for (let i = 0; i < tags.length; i += MAX_TAGS_PER_CALL) {
    const response = await postWhenListening(
      `http://127.0.0.1:${port}/api/internal/revalidate`,
      JSON.stringify({ tags: tags.slice(i, i + MAX_TAGS_PER_CALL) }),
    );
    if (!response.ok) throw new Error(`internal revalidate answered ${response.status}`);
  }
  return true;
}

async function postWhenListening(url: string, body: string): Promise<Response> {
  const giveUp = Date.now() + STARTUP_WAIT_MS;
  for (;;) {
    try {
      return await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", [INTERNAL_SECRET_HEADER]: secret },
        body,
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      const refused = (error as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED";
      if (!refused || Date.now() > giveUp) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
