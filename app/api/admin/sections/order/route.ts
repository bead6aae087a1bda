// PUT /api/admin/sections/order - the order of the site navigation ({ ids }: every section, each once)
import { defineRoute } from "@/lib/api/define-route";
import { reorderSections } from "@/lib/sections/commands";
import { sectionOrderSchema } from "@/lib/sections/schemas";

export const PUT = defineRoute({
  permission: "section:manage",
  body: sectionOrderSchema,
  handler: async ({ actor, body }) => Response.json({ items: (await reorderSections({ actor, ids: body.ids })).sections }),
});
