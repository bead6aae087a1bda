// GET /api/ready - readiness: 200 when this process can serve the newsroom
// (database answering, migrations current, scheduler and invalidation
// listener alive), 503 otherwise; the body lists every check
// (lib/server/readiness.ts). Load balancers and Varnish's probe
// (deploy/varnish/default.vcl) take an instance out of rotation on 503.
// Public by design (it shows no content and no secret), never cached;
// concurrent requests share one check.
import { currentReadiness } from "@/lib/server/readiness";

export async function GET(request: Request) {
  // Touching the request makes Next run the handler per request (never prerendered at build).
  void request.headers;
  const readiness = await currentReadiness();
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
