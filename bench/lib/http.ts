// One timed GET: milliseconds until the whole body has arrived.
export type Timed = { status: number; ms: number; body: string; headers: Headers };

export async function timedGet(url: string, init: RequestInit = {}): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000), ...init });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body, headers: response.headers };
}

/** The cache headers Next.js sets, for the report: x-nextjs-cache, x-nextjs-prerender, cache-control. */
export function cacheHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "cache-control", "content-length"]) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
