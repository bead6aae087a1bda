// POST /api/admin/articles/:id/:action - submit, send-back, publish, schedule, cancel-schedule, unpublish or to-draft
import { articleIdParam, runWorkflowAction } from "@/lib/api/articles";
import { defineRoute } from "@/lib/api/define-route";
import { isWorkflowSegment, workflowRoutes, type WorkflowSegment } from "@/lib/api/schemas";
import { notFound } from "@/lib/errors";
import { actionPermission } from "@/lib/publishing/status-machine";

type Params = { id: string; action: string };

function workflowRoute(segment: WorkflowSegment) {
  const { action, body } = workflowRoutes[segment];
  // Each action's own permission at the door: a contributor asking to publish is refused before anything is read.
  return defineRoute<typeof body, Params>({
    permission: actionPermission(action),
    body,
    handler: async ({ actor, body, params }) => Response.json({ article: await runWorkflowAction(actor, articleIdParam(params.id), segment, body) }),
  });
}

const routes = Object.fromEntries((Object.keys(workflowRoutes) as WorkflowSegment[]).map((segment) => [segment, workflowRoute(segment)])) as Record<
  WorkflowSegment,
  ReturnType<typeof workflowRoute>
>;

const unknownAction = defineRoute<undefined, Params>({
  permission: "dashboard:view",
  handler: async ({ params }) => {
    throw notFound(`There is no action "${params.action}". Actions: ${Object.keys(workflowRoutes).join(", ")}.`);
  },
});

export async function POST(request: Request, context: { params: Promise<Params> }) {
  const { action } = await context.params;
  return (isWorkflowSegment(action) ? routes[action] : unknownAction)(request, context);
}
