// Opaque list cursors: base64url of "<updated_at in microseconds>.<id>".
// Anything that does not decode to exactly that is refused with 400, so a
// hand-edited cursor never reaches SQL.
import { AppError } from "@/lib/errors";
import type { ListKey } from "@/lib/articles/api-queries";

const KEY = /^(\d{1,16})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const encodeCursor = (key: ListKey): string => Buffer.from(`${key.updatedUs}.${key.id}`).toString("base64url");

export function decodeCursor(cursor: string): ListKey {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = KEY.exec(text);
  if (!match) {
    throw new AppError("bad_request", "The cursor is not one this API issued. Use nextCursor from the previous page, or leave it out to start again.", {
      fields: { cursor: ["is not valid"] },
    });
  }
  return { updatedUs: match[1], id: match[2] };
}
