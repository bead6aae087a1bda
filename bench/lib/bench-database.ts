// The benchmark's own database: `marquee_bench` (or --database) on the
// server DATABASE_URL points at, or on the embedded server when it is unset.
// Never the dev database, never the database DATABASE_URL itself names.
import postgres from "postgres";
import { checkReachable, embeddedPort, withDatabaseName } from "../../scripts/lib/database";
import { type EmbeddedServer, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { LaunchError } from "../../scripts/lib/fail";

export const DEFAULT_BENCH_DATABASE = "marquee_bench";

export type BenchServer = {
  /** The maintenance database, for CREATE / DROP DATABASE. */
  adminUrl: string;
  url: (database: string) => string;
  embedded: EmbeddedServer | null;
  describe: string;
};

export function checkBenchDatabaseName(name: string): void {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) {
    throw new LaunchError(`--database "${name}" must be lowercase letters, digits and underscores.`);
  }
  const given = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL).pathname.slice(1) : null;
  if (name === "marquee" || name === given || name === "postgres" || name.startsWith("template")) {
    throw new LaunchError(`Refusing to use "${name}" as the benchmark database: it is not a benchmark's own database.`);
  }
}

/** Connects to the server that will hold the benchmark database, starting the embedded one if needed. */
export async function openBenchServer(): Promise<BenchServer> {
  const given = process.env.DATABASE_URL;
  if (given) {
    await checkReachable(given);
    const host = new URL(given);
    return {
      adminUrl: withDatabaseName(given, "postgres"),
      url: (database) => withDatabaseName(given, database),
      embedded: null,
      describe: `${host.hostname}:${host.port || 5432} (DATABASE_URL's server)`,
    };
  }
  const embedded = await startEmbeddedPostgres(embeddedPort());
  return { adminUrl: embedded.url("postgres"), url: embedded.url, embedded, describe: `embedded PostgreSQL on 127.0.0.1:${embeddedPort()}` };
}

export async function databaseExists(server: BenchServer, name: string): Promise<boolean> {
  const sql = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    return rows.length > 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function recreateDatabase(server: BenchServer, name: string, { drop }: { drop: boolean }): Promise<void> {
  const sql = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (drop) await sql.unsafe(`drop database if exists "${name}" with (force)`);
    const [row] = await sql`select 1 as found from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Live articles in the benchmark database, or null when it does not exist or has no schema yet. */
export async function countLiveArticles(server: BenchServer, name: string): Promise<number | null> {
  if (!(await databaseExists(server, name))) return null;
  const sql = postgres(server.url(name), { max: 1, onnotice: () => {} });
  try {
    const [table] = await sql`select to_regclass('public.live_articles') as t`;
    if (!table.t) return null;
    const [row] = await sql`select count(*)::int as n from live_articles`;
    return row.n as number;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
