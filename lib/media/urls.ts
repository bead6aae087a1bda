// Where readers fetch a media file: MEDIA_PUBLIC_URL (a CDN in front of the
// bucket) joined with its key when that is set, else this site's own route
// /media/<key> (app/media/[...key]/route.ts). Keys hold the content hash, so
// a replaced file has new URLs and every URL can be cached for ever.
import "server-only";
import { getEnv } from "@/lib/env";
import { publicUrlFor } from "./storage";

export const MEDIA_PATH_PREFIX = "/media/";

/** The URL of the stored object under `key`. */
export function mediaFileUrl(key: string): string {
  return publicUrlFor(getEnv().MEDIA_PUBLIC_URL, key) ?? `${MEDIA_PATH_PREFIX}${key}`;
}
