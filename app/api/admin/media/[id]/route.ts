// GET /api/admin/media/:id - one image and the stories using it; PATCH - alt text, credit, caption, focal point; DELETE - an unused image and its files
import { defineRoute } from "@/lib/api/define-route";
import { deleteMediaFromApi, mediaIdParam, patchMediaFromApi, readMediaFromApi } from "@/lib/api/media";
import { mediaPatchSchema } from "@/lib/api/media-schemas";

type Params = { id: string };

export const GET = defineRoute<undefined, Params>({
  permission: "media:view",
  handler: async ({ params }) => Response.json(await readMediaFromApi(mediaIdParam(params.id))),
});

export const PATCH = defineRoute<typeof mediaPatchSchema, Params>({
  permission: "media:edit-own",
  body: mediaPatchSchema,
  handler: async ({ actor, body, params }) => Response.json(await patchMediaFromApi(actor, mediaIdParam(params.id), body)),
});

export const DELETE = defineRoute<undefined, Params>({
  permission: "media:edit-own",
  handler: async ({ actor, params }) => {
    await deleteMediaFromApi(actor, mediaIdParam(params.id));
    return new Response(null, { status: 204 });
  },
});
