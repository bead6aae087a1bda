// GET /api/health - liveness: this server process is up and answering. It
// reads nothing (no database, no session), so a supervisor restarts the
// process only when the process itself is stuck; /api/ready says whether it
// can serve. Public by design, never cached.

export function GET(request: Request) {
  // Touching the request makes Next run the handler per request: with Cache
  // Components a GET that reads nothing of it is prerendered at build.
  void request.headers;
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
