// What /api/ready reports: whether this process can serve the newsroom now.
// The database answers (within a short timeout), every migration this build
// ships has been applied, the scheduler's thread in this process is turning
// (stories more than a minute overdue are named, wherever the scheduler runs)
// and the invalidation listener hears its channel
// (docs/architecture.md, "Scheduling" and "Several instances").
import "server-only";
import type { Sql } from "postgres";
import { sql as pool } from "@/db/client";
import journal from "@/drizzle/meta/_journal.json";
import { invalidationListenerLiveness } from "@/lib/cache/invalidation-listener";
import { overdueItems } from "@/lib/publishing/scheduler";
import { schedulerLiveness, schedulerRunsHere } from "@/lib/publishing/scheduler-beat";
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
    scheduler: (Ok<{ mode: "in-process"; lastPassAt: string } | { mode: "external" }> | Failed) & { overdue?: { id: string; title: string; due: string }[] };
    invalidationListener: Ok<{ heardAt: string }> | Failed;
  };
};

/** The migrations this build ships (drizzle/meta/_journal.json): drizzle records each by its `when` as created_at. */
const shipped: { tag: string; when: number }[] = journal.entries.map((e) => ({ tag: e.tag, when: e.when }));

/** `schedulerHere`: whether this process runs the scheduler (by default, whether one has reported here). */
type Options = { sql?: Sql; now?: Date; schedulerHere?: boolean };

export async function checkReadiness({ sql = pool, now = new Date(), schedulerHere = schedulerRunsHere() }: Options = {}): Promise<Readiness> {
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
  if (schedulerHere) {
    const live = schedulerLiveness(now.getTime());
    schedulerCheck = live.alive
      ? { ok: true, mode: "in-process", lastPassAt: live.lastPassAt }
      : { ok: false, reason: live.lastPassAt ? `${live.reason} since ${live.lastPassAt}` : live.reason };
  } else schedulerCheck = { ok: true, mode: "external" };
  if (database.ok) {
    // Wherever the scheduler runs, a story more than a minute past its time
    // means it is not keeping up: named here (the oldest 50), as on the
    // dashboard. It does not make this instance unready: every instance
    // shares the database, so the edge would take them all out at once.
    const overdue = await overdueItems(now).catch(() => []);
    if (overdue.length) schedulerCheck = { ...schedulerCheck, overdue: overdue.map((o) => ({ id: o.id, title: o.title, due: o.due.toISOString() })) };
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
  inFlight ??= checkReadiness()
    .then((readiness) => {
      logTransition(readiness);
      return readiness;
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

let lastFailing = "";

/**
 * Logs when this process turns unready, when the checks that fail change, and
 * when it is ready again: a probe that takes an instance out of rotation
 * leaves a line naming why (the body of a 503 reaches only the prober).
 */
export function logTransition(readiness: Readiness): void {
  const failing = Object.entries(readiness.checks)
    .filter(([, check]) => !check.ok)
    .map(([name, check]) => `${name}: ${(check as Failed).reason}`)
    .join("; ");
  if (failing === lastFailing) return;
  if (failing) logger("ready").warn("not ready", { failing });
  else logger("ready").info("ready again", { was: lastFailing });
  lastFailing = failing;
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
