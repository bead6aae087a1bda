// Playwright global setup: the Varnish the app under test purges after every
// publish (EDGE_PURGE_URLS, set by scripts/test.ts), running for the whole
// suite so every spec's publishes purge a real edge. e2e/edge.spec.ts reads
// through it.
import { startEdge } from "./edge";

export default async function startSuiteEdge() {
  const edge = await startEdge();
  process.env.E2E_EDGE_WORKDIR = edge.workDir; // for the workers (support/edge.ts suiteEdge)
  return () => edge.stop();
}
