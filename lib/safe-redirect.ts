// Where to send someone after sign-in: only a path on this site.
export function safeReturnPath(raw: string | null | undefined, fallback = "/admin"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001F\u007F\\]/.test(raw)) return fallback;
  return raw;
}
