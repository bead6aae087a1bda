// Image addresses editors give (the hero image, images in the body): an
// https URL, or a path on this site that no browser reads as another host.
// Pure; used by the input schema (a clear 422) and by every reader that turns
// a stored address into an <img> (an address stored before this check
// existed renders no image, never an error).

/** Spaces, backslashes and control characters: browsers drop, rewrite or treat them as "/" (so "/\host/x.png" leaves the site). */
const UNSAFE_CHARACTERS = /[\s\\\u0000-\u001f\u007f-\u009f]/;
/** Any origin will do: a path is on the site when resolving it against one keeps that origin. */
const PROBE_ORIGIN = "https://marquee.invalid";

/** Why `value` is not a usable image address, or null when it is. */
export function imageUrlProblem(value: string): string | null {
  if (UNSAFE_CHARACTERS.test(value)) return "must not contain spaces, backslashes or control characters";
  if (value.startsWith("/")) {
    if (value.startsWith("//")) return 'must be an https URL or a path on this site ("//" leads to another site)';
    const url = URL.parse(value, PROBE_ORIGIN);
    return url && url.origin === PROBE_ORIGIN ? null : "must be a path on this site";
  }
  if (!/^https:/i.test(value)) return "must be an https URL or a path on this site";
  // What the body's renderer accepts too (lib/content/render.ts), so the editor never keeps an image this refuses.
  const url = URL.parse(value);
  if (!url || url.protocol !== "https:" || !url.hostname) return "is not a valid URL";
  return null;
}

export const isUsableImageUrl = (value: string): boolean => imageUrlProblem(value) === null;

/** The stored address when it is usable, else null (rendered as no image). */
export const usableImageUrl = (value: string | null | undefined): string | null => (value && isUsableImageUrl(value) ? value : null);
