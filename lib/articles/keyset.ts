// The SQL side of the keyset cursor (lib/articles/cursor.ts): a timestamp
// column as the cursor's microseconds, and "after this key" in a list sorted
// by (time, id) descending.
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { Keyset } from "./cursor";

/** `column` in whole microseconds since the epoch, as text: exact (a JS Date keeps milliseconds), so a page never skips or repeats a row. */
export const microsOf = (column: AnyColumn) =>
  sql<string>`(extract(epoch from date_trunc('second', ${column}))::bigint * 1000000
  + extract(microseconds from ${column})::bigint % 1000000)::text`;

/** Rows after `key` in the order (time desc, id desc). */
export const afterKey = (time: AnyColumn, id: AnyColumn, key: Keyset): SQL =>
  sql`(${time}, ${id}) < (timestamptz 'epoch' + ${key.us}::bigint * interval '1 microsecond', ${key.id}::uuid)`;
