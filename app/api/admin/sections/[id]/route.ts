// PATCH /api/admin/sections/:id - rename or describe a section; DELETE - an empty section
import { defineRoute } from "@/lib/api/define-route";
import { deleteSectionFromApi, idParam } from "@/lib/api/tags";
import { updateSection } from "@/lib/sections/commands";
import { sectionPatchSchema } from "@/lib/sections/schemas";

type Params = { id: string };

export const PATCH = defineRoute<typeof sectionPatchSchema, Params>({
  permission: "section:manage",
  body: sectionPatchSchema,
  handler: async ({ actor, body, params }) =>
    Response.json({ section: (await updateSection({ actor, id: idParam(params.id, "Section"), patch: body })).section }),
});

export const DELETE = defineRoute<undefined, Params>({
  permission: "section:manage",
  handler: ({ actor, params }) => deleteSectionFromApi(actor, params.id),
});
