"use client";
// An image given by address (an https URL, or one of the site's /images/
// files) brought into the media library: the server fetches it once, with
// its limits, so the story never depends on the other site. There is no
// Admin API route for this; the media page's server action is the door.
import { importImageUrlAction } from "@/app/(admin)/admin/media/actions";
import type { ApiResult, MediaItem } from "./media-client";

export async function importImageUrl(url: string, text: { alt?: string; credit?: string } = {}): Promise<ApiResult<MediaItem>> {
  try {
    const result = await importImageUrlAction({ url, alt: text.alt ?? "", credit: text.credit ?? "" });
    if (result.ok) return { ok: true, data: result.data };
    return { ok: false, status: 0, message: result.fieldErrors?.url?.join(" ") ?? result.message, fields: result.fieldErrors };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Nothing was changed; try again." };
  }
}
