// GET /api/admin/tags - tags with their kind, story count and last use, last changed first (?q=&kind=&cursor=)
import { defineRoute } from "@/lib/api/define-route";
import { listTagsFromApi } from "@/lib/api/tags";

export const GET = defineRoute({
  permission: "tag:manage",
  handler: async ({ request }) => Response.json(await listTagsFromApi(new URL(request.url).searchParams)),
});
