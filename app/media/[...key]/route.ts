// GET /media/<key> - a stored image file (an original or a variant), cached for a year under the item's key media:<id>
import { serveMediaFile } from "@/lib/media/serve";

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  return serveMediaFile((await params).key, request);
}
