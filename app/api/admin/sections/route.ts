// GET /api/admin/sections - every section in navigation order, with its story count; POST - create one ({ name, slug?, description? })
import { defineRoute } from "@/lib/api/define-route";
import { createSection } from "@/lib/sections/commands";
import { listSectionsForAdmin } from "@/lib/sections/queries";
import { sectionCreateSchema } from "@/lib/sections/schemas";

export const GET = defineRoute({
  permission: "section:manage",
  handler: async () => Response.json({ items: await listSectionsForAdmin() }),
});

export const POST = defineRoute({
  permission: "section:manage",
  body: sectionCreateSchema,
  handler: async ({ actor, body }) => {
    const { section } = await createSection({ actor, input: body });
    return Response.json({ section }, { status: 201, headers: { Location: `/api/admin/sections/${section.id}` } });
  },
});
