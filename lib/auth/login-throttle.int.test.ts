import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { loginThrottle } from "@/db/schema";
import { unique } from "@/tests/factories";
import { pruneLoginThrottle } from "./login-throttle";

const ago = (seconds: number) => sql`now() - ${seconds}::int * interval '1 second'`;
const HOUR = 3600;
const DAY = 24 * HOUR;

describe("pruneLoginThrottle", () => {
  it("deletes counters whose window ended over a day ago and addresses unused for 30 days, and keeps the rest", async () => {
    const email = `${unique("prune")}@example.test`;
    const rows = {
      staleAddress: { key: `ip:${unique("a")}`, age: 2 * DAY },
      stalePair: { key: `pair:${email}|198.18.9.1`, age: DAY + 2 * HOUR },
      staleAccount: { key: `account:${email}`, age: 3 * DAY },
      forgottenPlace: { key: `known:${email}|198.18.9.2`, age: 31 * DAY },
      freshAddress: { key: `ip:${unique("a")}`, age: 60 },
      recentAccount: { key: `account:${unique("r")}@example.test`, age: 20 * HOUR },
      knownPlace: { key: `known:${email}|198.18.9.3`, age: 10 * DAY },
    };
    for (const { key, age } of Object.values(rows)) {
      await db.execute(sql`insert into login_throttle (key, window_start, attempts) values (${key}, ${ago(age)}, 3)`);
    }
    expect(await pruneLoginThrottle()).toBeGreaterThanOrEqual(4);
    const left = await db
      .select({ key: loginThrottle.key })
      .from(loginThrottle)
      .where(
        inArray(
          loginThrottle.key,
          Object.values(rows).map((r) => r.key),
        ),
      );
    expect(left.map((r) => r.key).sort()).toEqual([rows.freshAddress.key, rows.recentAccount.key, rows.knownPlace.key].sort());
  });
});
