// How a production server process is started (npm start, the benchmarks, the
// e2e tests): scripts/server.ts, Next behind the page cache, with these Node
// flags. V8 sizes its heap to the machine (about 4 GB here) and lets garbage
// pile up towards that; a server caching pages in memory then grows to 600 MB
// where 200 MB of live data would do. MARQUEE_HEAP_MB caps the old
// generation (0 keeps Node's default).
export function serverNodeFlags(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}

/** Arguments for `node` that run the production server (after `next build`) on `port`. */
export function serverArgs({ port, hostname, heapMb = 0 }: { port: number | string; hostname?: string; heapMb?: number }): string[] {
  return [
    ...serverNodeFlags(heapMb),
    "--import",
    "tsx",
    "scripts/server.ts",
    "--port",
    String(port),
    ...(hostname ? ["--hostname", hostname] : []),
  ];
}
