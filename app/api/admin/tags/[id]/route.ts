// PATCH /api/admin/tags/:id - name, slug, kind, description, image; DELETE - a tag (one in use with ?confirmStories=<how many lose it>)
import { defineRoute } from "@/lib/api/define-route";
import { deleteTagFromApi, idParam } from "@/lib/api/tags";
import { updateTag } from "@/lib/tags/manage";
import { tagPatchSchema } from "@/lib/tags/schemas";

type Params = { id: string };

export const PATCH = defineRoute<typeof tagPatchSchema, Params>({
  permission: "tag:manage",
  body: tagPatchSchema,
  handler: async ({ actor, body, params }) => Response.json({ tag: (await updateTag({ actor, id: idParam(params.id, "Tag"), patch: body })).tag }),
});

export const DELETE = defineRoute<undefined, Params>({
  permission: "tag:manage",
  handler: ({ actor, params, request }) => deleteTagFromApi(actor, params.id, new URL(request.url).searchParams),
});
