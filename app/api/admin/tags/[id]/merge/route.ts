// POST /api/admin/tags/:id/merge - fold the tag into another ({ intoId }): its stories, URL and feeds move there
import { defineRoute } from "@/lib/api/define-route";
import { idParam } from "@/lib/api/tags";
import { mergeTag } from "@/lib/tags/manage";
import { tagMergeSchema } from "@/lib/tags/schemas";

export const POST = defineRoute<typeof tagMergeSchema, { id: string }>({
  permission: "tag:manage",
  body: tagMergeSchema,
  handler: async ({ actor, body, params }) => {
    const { tag, stories } = await mergeTag({ actor, id: idParam(params.id, "Tag"), intoId: body.intoId });
    return Response.json({ tag, stories });
  },
});
