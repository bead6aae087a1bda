// The storage key behind a media file's public URL: the inverse of
// mediaFileUrl (./urls), for code that holds an item's URLs and needs its
// bytes. The CDN base (MEDIA_PUBLIC_URL) is passed in.
import { MEDIA_PATH_PREFIX } from "./urls";

/** The key of a URL this site or `publicBase` serves media under, else null. */
export function mediaKeyFromUrl(url: string, publicBase: string | undefined): string | null {
  const bases = [MEDIA_PATH_PREFIX, ...(publicBase ? [`${publicBase.replace(/\/+$/, "")}/`] : [])];
  const base = bases.find((b) => url.startsWith(b));
  const key = base ? url.slice(base.length) : "";
  return key && !/[?#]/.test(key) ? key : null;
}
