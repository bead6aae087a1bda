// POST /api/internal/revalidate { tags } - only this server process's own
// background tasks may call it (lib/cache/internal-revalidate.ts); anyone else
// hears 404, as if it did not exist. No session: the caller is this process,
// proven by a secret that never leaves its memory.
import { z } from "zod";
import { errorResponse, toErrorResponse } from "@/lib/api/define-route";
import { clearTagsInRequest } from "@/lib/cache/invalidate";
import { isInternalCall, MAX_TAGS_PER_CALL } from "@/lib/cache/internal-revalidate";
import { LIMITS, readBodyText } from "@/lib/http/read-body";
import { AppError } from "@/lib/errors";

const body = z.object({ tags: z.array(z.string().min(1).max(300)).max(MAX_TAGS_PER_CALL) }).strict();

export async function POST(request: Request) {
  if (!isInternalCall(request)) return errorResponse("not_found", "Not found.");
  let json: unknown = null;
  try {
    json = JSON.parse(await readBodyText(request, LIMITS.internal));
  } catch (error) {
    if (error instanceof AppError) return toErrorResponse(error);
  }
  const parsed = body.safeParse(json);
  if (!parsed.success) return errorResponse("bad_request", "Expected { tags: string[] }.");
  clearTagsInRequest(parsed.data.tags);
  return new Response(null, { status: 204 });
}
