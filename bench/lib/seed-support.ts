// Loading help: secondary indexes are dropped before the bulk load and built
// again from their own definitions afterwards (one sorted build is far
// cheaper than 100k incremental GIN inserts), and a marker row says the
// seed finished, so `bench/run.ts` never measures a half-loaded database.
import type { Sql } from "postgres";

/** settings.key of the row the seed writes when it has finished. */
export const SEED_MARKER = "bench.seed";

export type IndexDefinition = { name: string; definition: string };

/** Drops the indexes of `tables` that no constraint owns (primary keys and UNIQUE constraints stay) and returns their definitions. */
export async function dropSecondaryIndexes(sql: Sql, tables: string[]): Promise<IndexDefinition[]> {
  const rows = await sql<IndexDefinition[]>`
    select ic.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and t.relname = any(${tables})
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
  for (const row of rows) await sql.unsafe(`drop index "${row.name}"`);
  return rows;
}

export async function recreateIndexes(sql: Sql, indexes: IndexDefinition[]): Promise<void> {
  const session = await sql.reserve();
  try {
    await session`set maintenance_work_mem = '512MB'`;
    for (const index of indexes) await session.unsafe(index.definition);
  } finally {
    session.release();
  }
}

/** The seed's marker, or null when the database was never fully seeded. */
export async function readSeedMarker(sql: Sql): Promise<Record<string, unknown> | null> {
  const [row] = await sql`select value from settings where key = ${SEED_MARKER}`;
  return (row?.value as Record<string, unknown> | undefined) ?? null;
}
