// GET /api/admin/articles/:id/preview - turn on draft mode and open the preview of the working copy
import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { canPreview } from "@/lib/articles/preview";
import { getActor } from "@/lib/auth/session";
import { errorResponse } from "@/lib/api/define-route";
import { isUuid } from "@/lib/params";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return errorResponse("unauthenticated", "Sign in to preview.");
  if (!isUuid(id) || !(await canPreview(actor, id))) return errorResponse("not_found", "Article not found.");
  (await draftMode()).enable();
  redirect(`/preview/${id}`);
}
