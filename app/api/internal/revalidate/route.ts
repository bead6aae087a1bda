// POST /api/internal/revalidate { tags } - only this server process's own
// background tasks may call it (lib/cache/internal-revalidate.ts); anyone else
// hears 404, as if it did not exist.
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { errorResponse } from "@/lib/api/define-route";
import { isInternalCall, MAX_TAGS_PER_CALL } from "@/lib/cache/internal-revalidate";

const body = z.object({ tags: z.array(z.string().min(1).max(300)).max(MAX_TAGS_PER_CALL) }).strict();

export async function POST(request: Request) {
  if (!isInternalCall(request)) return errorResponse("not_found", "Not found.");
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return errorResponse("bad_request", "Expected { tags: string[] }.");
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return new Response(null, { status: 204 });
}
