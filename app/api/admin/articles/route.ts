// GET /api/admin/articles - list working copies, last changed first; POST - create a draft
import { articleApiPath } from "@/lib/api/article-json";
import { createArticleFromApi, listArticles } from "@/lib/api/articles";
import { defineRoute } from "@/lib/api/define-route";
import { articleCreateSchema } from "@/lib/api/schemas";

export const GET = defineRoute({
  permission: "dashboard:view",
  handler: async ({ actor, request }) => Response.json(await listArticles(actor, new URL(request.url).searchParams)),
});

export const POST = defineRoute({
  permission: "article:create",
  body: articleCreateSchema,
  handler: async ({ actor, body }) => {
    const article = await createArticleFromApi(actor, body);
    return Response.json({ article }, { status: 201, headers: { Location: articleApiPath(article.id) } });
  },
});
