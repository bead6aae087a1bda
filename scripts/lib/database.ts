// Finds the PostgreSQL every script uses: DATABASE_URL when set, otherwise
// the embedded server (in production only with MARQUEE_EMBEDDED_DB=1). Either
// way one driver, one set of migrations.
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import type { EmbeddedServer } from "./embedded-postgres";
import { LaunchError } from "./fail";

export type Database = { url: string; embedded: EmbeddedServer | null };

function describe(url: URL) {
  return `${url.hostname}:${url.port || "5432"}`;
}

export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LaunchError("DATABASE_URL is malformed. It must look like postgres://user:password@host:5432/database");
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol) || !url.hostname || url.pathname.length < 2) {
    throw new LaunchError("DATABASE_URL is malformed. It must look like postgres://user:password@host:5432/database");
  }
  return url;
}

export async function checkReachable(raw: string): Promise<void> {
  const url = parseDatabaseUrl(raw);
  const sql = postgres(raw, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LaunchError(
      `Cannot reach PostgreSQL at ${describe(url)} (${reason}). Start it or fix DATABASE_URL; unset DATABASE_URL to use the embedded server.`,
    );
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export function withDatabaseName(raw: string, database: string): string {
  const url = new URL(raw);
  url.pathname = `/${database}`;
  return url.toString();
}

export function embeddedPort(): number {
  const port = Number(process.env.MARQUEE_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new LaunchError("MARQUEE_PG_PORT must be a port number between 1024 and 65535.");
  }
  return port;
}

/** Returns a migrated database: `DATABASE_URL` as given, or `name` on the embedded server. */
export async function prepareDatabase(name: string, { adopt = false } = {}): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await checkReachable(given);
    await migrateDatabase(given);
    return { url: given, embedded: null };
  }
  if (process.env.NODE_ENV === "production" && process.env.MARQUEE_EMBEDDED_DB !== "1") {
    throw new LaunchError(
      "DATABASE_URL is required in production: set it in the environment or in .env.production (postgres://user:password@host:5432/database), or set MARQUEE_EMBEDDED_DB=1 to run the embedded PostgreSQL (a local try-out).",
    );
  }
  // Imported here, so that a production start never loads the embedded server (a devDependency).
  const { startEmbeddedPostgres } = await import("./embedded-postgres");
  const embedded = await startEmbeddedPostgres(embeddedPort(), { adopt });
  await createDatabaseIfMissing(embedded.url("postgres"), name);
  const url = embedded.url(name);
  await migrateDatabase(url);
  return { url, embedded };
}
