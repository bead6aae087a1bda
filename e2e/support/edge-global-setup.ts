// Playwright global setup: the Varnish the app under test purges after every
// publish (EDGE_PURGE_URLS and EDGE_PURGE_SECRET, set by scripts/test.ts for
// both), running for the whole suite so every spec's publishes purge a real
// edge. e2e/edge.spec.ts reads through it.
import { purgeSecret, startEdge } from "./edge";

export default async function startSuiteEdge() {
  const edge = await startEdge({ purgeSecret: purgeSecret() });
  process.env.E2E_EDGE_WORKDIR = edge.workDir; // for the workers (support/edge.ts suiteEdge)
  return () => edge.stop();
}
