// Node flags of a production server process (npm start, and the benchmark
// that measures it). V8 sizes its heap to the machine (about 4 GB here) and
// lets garbage pile up towards that; a server caching pages in memory then
// grows to 600 MB where 200 MB of live data would do. MARQUEE_HEAP_MB caps
// the old generation (0 keeps Node's default).
export function serverNodeFlags(heapMb: number): string[] {
  return heapMb > 0 ? [`--max-old-space-size=${heapMb}`] : [];
}
