// GET /api/admin/articles/:id - one working copy; PATCH - change some of its fields (optimistic version check)
import { articleIdParam, readArticle, updateArticleFromApi } from "@/lib/api/articles";
import { defineRoute } from "@/lib/api/define-route";
import { articlePatchSchema } from "@/lib/api/schemas";

type Params = { id: string };

export const GET = defineRoute<undefined, Params>({
  permission: "dashboard:view",
  handler: async ({ actor, params }) => Response.json({ article: await readArticle(actor, articleIdParam(params.id)) }),
});

export const PATCH = defineRoute<typeof articlePatchSchema, Params>({
  permission: "article:edit-own",
  body: articlePatchSchema,
  handler: async ({ actor, body, params }) => Response.json({ article: await updateArticleFromApi(actor, articleIdParam(params.id), body) }),
});
