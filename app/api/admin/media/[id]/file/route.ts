// PUT /api/admin/media/:id/file - replace the image's file, keeping its id, metadata and every story using it (multipart: file, version?)
import { defineRoute } from "@/lib/api/define-route";
import { mediaIdParam, replaceFromApi } from "@/lib/api/media";

type Params = { id: string };

export const PUT = defineRoute<undefined, Params>({
  permission: "media:edit-own",
  handler: async ({ actor, params, request }) => Response.json(await replaceFromApi(actor, mediaIdParam(params.id), request)),
});
