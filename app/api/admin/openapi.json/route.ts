// GET /api/admin/openapi.json - the Admin API's OpenAPI 3.1 document (public: it describes, it holds no data)
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Not behind defineRoute: the document is the same for everyone and reads nothing
// from the request, so it is prerendered at build and served from the cache.
export function GET() {
  return Response.json(buildOpenApiDocument(), {
    headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
  });
}
