// The public content API's list cursor: opaque base64url of
// "<published_at in microseconds since the epoch>.<article id>", the keyset
// of the list's order (newest first, id as tie-break). Anything that does not
// decode to exactly that is refused, so a hand-edited cursor never reaches SQL.

export type ListCursor = { publishedUs: string; id: string };

const KEY = /^(\d{1,17})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const encodeListCursor = (key: ListCursor): string => Buffer.from(`${key.publishedUs}.${key.id}`).toString("base64url");

export function decodeListCursor(cursor: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,120}$/.test(cursor)) return null;
  const match = KEY.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? { publishedUs: match[1], id: match[2] } : null;
}
