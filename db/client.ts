// The one Postgres connection pool of a process (postgres.js through Drizzle).
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

function connect() {
  const env = getEnv();
  const sql = postgres(env.DATABASE_URL, {
    max: env.DATABASE_POOL_MAX,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 30,
    backoff: reconnectDelaySeconds,
  });
  return { sql, db: drizzle(sql, { schema, casing: "snake_case" }) };
}

/**
 * How long a connection waits before reconnecting after `retries` failures in
 * a row. postgres.js grows this to 10-20 s during an outage, so a database
 * back after a few seconds went unused for that long; reconnecting is one TCP
 * connect, so we try again within half a second.
 */
export function reconnectDelaySeconds(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 0.5);
}

// Survives Next's hot reload in development, so reloads do not leak pools.
const holder = globalThis as unknown as { marqueeDb?: ReturnType<typeof connect> };
holder.marqueeDb ??= connect();

export const db = holder.marqueeDb.db;
export const sql = holder.marqueeDb.sql;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the pool or an open transaction: commands accept both. */
export type Executor = Db | Tx;
