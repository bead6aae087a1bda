// What /api/ready reports: whether this process can serve the newsroom now.
// The database answers (within a short timeout), every migration this build
// ships has been applied, the scheduler loop is turning (or runs elsewhere:
// MARQUEE_SCHEDULER=off) and the invalidation listener hears its channel
// (docs/architecture.md, "Scheduling" and "Several instances").
import "server-only";
import type { Sql } from "postgres";
import { sql as pool } from "@/db/client";
import journal from "@/drizzle/meta/_journal.json";
import { invalidationListenerLiveness } from "@/lib/cache/invalidation-listener";
import { getEnv } from "@/lib/env";
import { schedulerLiveness } from "@/lib/publishing/scheduler-loop";
import { logger } from "./log";

export const DATABASE_TIMEOUT_MS = 2000;
const LISTENER_TIMEOUT_MS = 1000;

type Ok<T> = { ok: true } & T;
type Failed = { ok: false; reason: string };

export type Readiness = {
  status: "ready" | "not ready";
  checks: {
    database: Ok<{ ms: number }> | Failed;
    migrations: Ok<{ applied: number; expected: number; unknown?: string }> | Failed;
    scheduler: Ok<{ mode: "in-process"; lastPassAt: string } | { mode: "external" }> | (Failed & { mode: "in-process" });
    invalidationListener: Ok<{ heardAt: string }> | Failed;
  };
};

/** The migrations this build ships (drizzle/meta/_journal.json): drizzle records each by its `when` as created_at. */
const shipped: { tag: string; when: number }[] = journal.entries.map((e) => ({ tag: e.tag, when: e.when }));

type Options = { sql?: Sql; scheduler?: "on" | "off" };

export async function checkReadiness({ sql = pool, scheduler = getEnv().MARQUEE_SCHEDULER }: Options = {}): Promise<Readiness> {
  const started = performance.now();
  let database: Readiness["checks"]["database"];
  let migrations: Readiness["checks"]["migrations"];
  try {
    const applied = await appliedMigrations(sql);
    database = { ok: true, ms: Math.round(performance.now() - started) };
    migrations = compareMigrations(applied);
  } catch (error) {
    // The reason in the body stays short; the server log has the driver's own words.
    const reason = error instanceof TimeoutError ? `no answer within ${DATABASE_TIMEOUT_MS} ms` : "unreachable";
    logger("ready").error("database check failed", { error: (error as Error).message });
    database = { ok: false, reason };
    migrations = { ok: false, reason: "not checked: the database did not answer" };
  }

  let schedulerCheck: Readiness["checks"]["scheduler"];
  if (scheduler === "off") schedulerCheck = { ok: true, mode: "external" };
  else {
    const live = schedulerLiveness();
    schedulerCheck = live.alive
      ? { ok: true, mode: "in-process", lastPassAt: live.lastPassAt }
      : { ok: false, mode: "in-process", reason: live.lastPassAt ? `${live.reason} since ${live.lastPassAt}` : live.reason };
  }

  let listener: Readiness["checks"]["invalidationListener"];
  if (!database.ok) listener = { ok: false, reason: "not checked: the database did not answer" };
  else {
    const live = await invalidationListenerLiveness(LISTENER_TIMEOUT_MS);
    listener = live.alive ? { ok: true, heardAt: live.heardAt } : { ok: false, reason: live.reason };
  }

  const checks = { database, migrations, scheduler: schedulerCheck, invalidationListener: listener };
  const ready = Object.values(checks).every((check) => check.ok);
  return { status: ready ? "ready" : "not ready", checks };
}

let inFlight: Promise<Readiness> | undefined;

/**
 * The answer for GET /api/ready. Requests that arrive while a check runs share
 * its result, so a flood of probes (the route is public) costs one database
 * query and one listener check at a time, never one per request.
 */
export function currentReadiness(): Promise<Readiness> {
  inFlight ??= checkReadiness().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

class TimeoutError extends Error {}

/** created_at of every applied migration, or [] when drizzle's table does not exist yet (a database never migrated). */
async function appliedMigrations(sql: Sql): Promise<number[]> {
  const query = sql<{ created_at: string }[]>`
    select created_at::text as created_at from drizzle.__drizzle_migrations
  `.then(
    (rows) => rows.map((r) => Number(r.created_at)),
    (error: { code?: string }) => {
      // undefined_table / invalid_schema_name: the database answered; nothing is applied.
      if (error.code === "42P01" || error.code === "3F000") return [];
      throw error;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), DATABASE_TIMEOUT_MS);
  });
  return Promise.race([query, timeout]).finally(() => clearTimeout(timer));
}

/** Current when every shipped migration is applied; a database migrated by a newer release is still served. */
export function compareMigrations(applied: readonly number[]): Readiness["checks"]["migrations"] {
  const have = new Set(applied);
  const missing = shipped.filter((m) => !have.has(m.when));
  if (missing.length) {
    return { ok: false, reason: `${missing.length} of ${shipped.length} migration(s) not applied: ${missing.map((m) => m.tag).join(", ")}` };
  }
  const known = new Set(shipped.map((m) => m.when));
  const newer = applied.filter((when) => !known.has(when)).length;
  return newer
    ? { ok: true, applied: applied.length, expected: shipped.length, unknown: `${newer} applied migration(s) newer than this build` }
    : { ok: true, applied: applied.length, expected: shipped.length };
}
