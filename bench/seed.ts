// npm run bench:seed -- --articles 100000 [--tags 5000] [--authors 200] [--database marquee_bench] [--reset] [--seed 1]
// A large newsroom in its own database: staff, typed tags with Zipf-like
// popularity, and published articles written straight to the tables the
// status machine writes (COPY in batches, one transaction per batch).
import "../scripts/lib/load-env";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { migrateDatabase } from "@/db/migrate";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { articleAuthorColumns, articleColumns, articleTagColumns, type Batch, createArticleFactory, liveColumns, revisionColumns } from "./lib/article-rows";
import { checkBenchDatabaseName, DEFAULT_BENCH_DATABASE, openBenchServer, recreateDatabase, databaseExists } from "./lib/bench-database";
import { copyRows } from "./lib/copy";
import { dropSecondaryIndexes, recreateIndexes, SEED_MARKER } from "./lib/seed-support";
import { makeSections, makeStaff, makeTags } from "./lib/newsroom";
import { createProgress } from "./lib/progress";
import { createRandom } from "./lib/random";

const LOADED_TABLES = ["articles", "article_revisions", "article_tags", "article_authors", "live_articles"];
const YEAR = 365.25 * 86_400_000;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new LaunchError(`--${name} must be a positive whole number.`);
  return value;
}

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      tags: { type: "string" },
      authors: { type: "string" },
      database: { type: "string" },
      seed: { type: "string" },
      batch: { type: "string" },
      reset: { type: "boolean", default: false },
    },
  });
  const total = positiveInt("articles", values.articles, 100_000);
  const tagCount = positiveInt("tags", values.tags, 5_000);
  const staffCount = Math.max(3, positiveInt("authors", values.authors, 200));
  const seed = positiveInt("seed", values.seed, 1);
  const batchSize = positiveInt("batch", values.batch, 1_000);
  const name = values.database ?? DEFAULT_BENCH_DATABASE;
  checkBenchDatabaseName(name);

  const started = performance.now();
  const server = await openBenchServer();
  try {
    if (await databaseExists(server, name)) {
      const holds = await contentCount(server.url(name));
      if (holds > 0 && !values.reset) {
        throw new LaunchError(`${name} on ${server.describe} is not empty (${holds} users and articles). Pass --reset to drop and recreate it.`);
      }
    }
    console.log(`${values.reset ? "Recreating" : "Creating"} ${name} on ${server.describe}`);
    await recreateDatabase(server, name, { drop: values.reset });
    const url = server.url(name);
    await migrateDatabase(url);
    await load(url, { total, tagCount, staffCount, seed, batchSize });
    const size = await databaseSize(url);
    console.log(`Done: ${total} articles, ${tagCount} tags, ${staffCount} people in ${name} (${size}) in ${elapsed(started)}.`);
  } finally {
    await server.embedded?.stop();
  }
}

type LoadOptions = { total: number; tagCount: number; staffCount: number; seed: number; batchSize: number };

async function load(url: string, o: LoadOptions) {
  const sql = postgres(url, { max: 3, onnotice: () => {}, connection: { synchronous_commit: "off" } });
  try {
    const r = createRandom(o.seed);
    const sections = makeSections(r);
    const staff = makeStaff(r, o.staffCount);
    const tags = makeTags(o.seed + 1, o.tagCount);
    await sql.begin(async (tx) => {
      await copyRows(
        tx,
        "sections",
        ["id", "slug", "name", "description", "position"],
        sections.map((s) => [s.id, s.slug, s.name, s.description, s.position]),
      );
      await copyRows(
        tx,
        "users",
        ["id", "email", "name", "slug", "bio", "role"],
        staff.map((s) => [s.id, s.email, s.name, s.slug, s.bio, s.role]),
      );
      // Listed: every tag of the bench newsroom is a public page.
      const listedAt = new Date().toISOString();
      await copyRows(
        tx,
        "tags",
        ["id", "slug", "name", "kind", "description", "listed_at"],
        tags.map((t) => [t.id, t.slug, t.name, t.kind, t.description, listedAt]),
      );
    });
    const dropped = await dropSecondaryIndexes(sql, LOADED_TABLES);
    const to = Date.now() - 10 * 60_000;
    const make = createArticleFactory(r, { sections, staff, tags, total: o.total, from: to - 5 * YEAR, to });
    const progress = createProgress(o.total, "articles");
    let done = 0;
    const inFlight = new Set<Promise<void>>();
    for (let start = 0; start < o.total; start += o.batchSize) {
      const batch = make(start, Math.min(o.batchSize, o.total - start));
      const write = writeBatch(sql, batch).then(() => {
        inFlight.delete(write);
        done += batch.ids.length;
        progress.update(done);
      });
      inFlight.add(write);
      // Two batches in flight: PostgreSQL indexes one while Node writes the next.
      if (inFlight.size >= 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    progress.finish();
    let step = performance.now();
    await recreateIndexes(sql, dropped);
    console.log(`Rebuilt ${dropped.length} indexes in ${elapsed(step)}.`);
    step = performance.now();
    await sql`vacuum (analyze)`.simple();
    console.log(`Vacuumed and analysed in ${elapsed(step)}.`);
    await sql`insert into settings (key, value) values (${SEED_MARKER}, ${sql.json({ ...o, finishedAt: new Date().toISOString() })})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function writeBatch(sql: postgres.Sql, batch: Batch) {
  await sql.begin(async (tx) => {
    await copyRows(tx, "articles", articleColumns, batch.articles);
    await copyRows(tx, "article_revisions", revisionColumns, batch.revisions);
    await copyRows(tx, "article_tags", articleTagColumns, batch.tags);
    await copyRows(tx, "article_authors", articleAuthorColumns, batch.authors);
    await copyRows(tx, "live_articles", liveColumns, batch.live);
    // articles and article_revisions point at each other; the live revision is set once both exist.
    await tx`
      update articles a set live_revision_id = r.id
      from article_revisions r
      where r.article_id = a.id and a.id = any(${batch.ids}::uuid[])`;
  });
}

async function contentCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [t] = await sql`select to_regclass('public.articles') as articles, to_regclass('public.users') as users`;
    if (!t.articles || !t.users) return 0;
    const [row] = await sql`select (select count(*) from articles) + (select count(*) from users) as n`;
    return Number(row.n);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function databaseSize(url: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select pg_size_pretty(pg_database_size(current_database())) as size`;
    return row.size as string;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function elapsed(since: number): string {
  const s = (performance.now() - since) / 1000;
  return s >= 90 ? `${Math.floor(s / 60)}m ${Math.round(s % 60)}s` : `${s.toFixed(1)}s`;
}

main().then(() => process.exit(0), exitWithError);
