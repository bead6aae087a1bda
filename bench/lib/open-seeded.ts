// The seeded benchmark database, migrated and checked, for both benchmarks.
import postgres, { type Sql } from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { LaunchError } from "../../scripts/lib/fail";
import { type BenchServer, countLiveArticles } from "./bench-database";
import { readSeedMarker } from "./seed-support";

export async function openSeededDatabase(server: BenchServer, name: string, onCleanup: (step: () => Promise<void>) => void) {
  const liveArticles = await countLiveArticles(server, name);
  if (!liveArticles) throw new LaunchError(`${name} on ${server.describe} has no articles. Run: npm run bench:seed -- --articles 100000`);
  const url = server.url(name);
  await migrateDatabase(url);
  const sql: Sql = postgres(url, { max: 2, onnotice: () => {} });
  onCleanup(() => sql.end({ timeout: 5 }));
  const seed = await readSeedMarker(sql);
  if (!seed) throw new LaunchError(`${name} was not seeded to the end. Run: npm run bench:seed -- --reset --articles 100000`);
  return { liveArticles, url, sql, seed };
}
