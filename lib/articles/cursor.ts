// The one keyset cursor of every keyset-paged list (the content API's live
// articles, newest published first; the Admin API's working copies, newest
// change first): opaque base64url of "<time in microseconds since the
// epoch>.<id>", the list's sort key with the id as tie-break. Anything that
// does not decode to exactly that is refused, so a hand-edited cursor never
// reaches SQL. Pure; lib/articles/keyset.ts turns a key into SQL.
import { AppError } from "@/lib/errors";

/** A position in a list: the row's sort time in whole microseconds since the epoch (decimal), and its id. */
export type Keyset = { us: string; id: string };

const KEY = /^(\d{1,17})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const OPAQUE = /^[A-Za-z0-9_-]{1,120}$/;

export const encodeCursor = (key: Keyset): string => Buffer.from(`${key.us}.${key.id}`).toString("base64url");

/** The key a cursor holds, or null for anything this codec did not issue. */
export function readCursor(cursor: string): Keyset | null {
  if (!OPAQUE.test(cursor)) return null;
  const match = KEY.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? { us: match[1], id: match[2] } : null;
}

/** The key a cursor holds; anything else is refused with a bad_request AppError (400). */
export function decodeCursor(cursor: string): Keyset {
  const key = readCursor(cursor);
  if (!key) {
    throw new AppError("bad_request", "The cursor is not one this API issued. Use nextCursor from the previous page, or leave it out to start again.", {
      fields: { cursor: ["is not valid"] },
    });
  }
  return key;
}
