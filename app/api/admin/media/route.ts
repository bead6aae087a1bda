// GET /api/admin/media - the library, newest first (?q=&cursor=); POST - upload an image (multipart: file, alt?, credit?, caption?)
import { defineRoute } from "@/lib/api/define-route";
import { listMediaFromApi, uploadFromApi } from "@/lib/api/media";

export const GET = defineRoute({
  permission: "media:view",
  handler: async ({ request }) => Response.json(await listMediaFromApi(new URL(request.url).searchParams)),
});

export const POST = defineRoute({
  permission: "media:upload",
  handler: ({ actor, request }) => uploadFromApi(actor, request),
});
