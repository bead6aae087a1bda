// GET /api/admin/articles/:id/revisions - the article's revision history, newest first
import { articleIdParam, listArticleRevisions } from "@/lib/api/articles";
import { defineRoute } from "@/lib/api/define-route";

export const GET = defineRoute<undefined, { id: string }>({
  permission: "dashboard:view",
  handler: async ({ actor, params }) => Response.json(await listArticleRevisions(actor, articleIdParam(params.id))),
});
