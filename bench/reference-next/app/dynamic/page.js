// GET /dynamic - a page rendered on every request. bench/run.ts requests it
// once before the load test, so the reference server, like any server that
// has rendered something, runs with React's request storage enabled.
import { connection } from "next/server";
import { Suspense } from "react";

async function RenderedNow() {
  await connection();
  return <p>Rendered at {new Date().toISOString()}.</p>;
}

export default function DynamicPage() {
  return (
    <Suspense fallback={<p>Rendering…</p>}>
      <RenderedNow />
    </Suspense>
  );
}
