// What the run reads from (and cleans up in) the benchmark database directly:
// which URLs to hit, who to act as, and the probe articles it made.
import type { Sql } from "postgres";
import { BENCH_ADMIN_EMAIL, BENCH_EDITOR_EMAIL } from "./newsroom";
import * as w from "./newsroom-words";

export type Person = { id: string; name: string; email: string; role: "contributor" | "editor" | "admin" };

export async function findDesk(sql: Sql): Promise<{ editor: Person; admin: Person }> {
  const rows = await sql<Person[]>`select id, name, email, role from users where email in (${BENCH_EDITOR_EMAIL}, ${BENCH_ADMIN_EMAIL}) and active`;
  const editor = rows.find((r) => r.email === BENCH_EDITOR_EMAIL);
  const admin = rows.find((r) => r.email === BENCH_ADMIN_EMAIL);
  if (!editor || !admin) throw new Error(`The bench database has no ${BENCH_EDITOR_EMAIL} / ${BENCH_ADMIN_EMAIL}; run bench:seed with --reset.`);
  return { editor, admin };
}

/** A recent article of typical length with a hero image: the page the throughput test hammers. */
export async function pickTypicalArticle(sql: Sql): Promise<string> {
  const [row] = await sql`
    select slug from live_articles
    where hero_image_url is not null and length(body_text) between 5000 and 6500
    order by published_at desc limit 1`;
  if (row) return row.slug as string;
  const [any] = await sql`select slug from live_articles order by published_at desc limit 1`;
  return any.slug as string;
}

export async function pickPopularTag(sql: Sql): Promise<{ slug: string; articles: number }> {
  const [row] = await sql`
    select t.slug, count(*)::int as articles from article_tags at join tags t on t.id = at.tag_id
    group by t.slug order by count(*) desc limit 1`;
  return { slug: row.slug as string, articles: row.articles as number };
}

/** `count` random live articles other than `exclude`, for cache-miss renders. */
export async function pickUnseenArticles(sql: Sql, count: number, exclude: string[]): Promise<string[]> {
  const rows = await sql`
    select slug from live_articles where not (slug = any(${exclude}::text[]))
    order by random() limit ${count}`;
  return rows.map((r) => r.slug as string);
}

/** 100 search terms: rare names, middling title words, common topic words and a few phrases. */
export function searchWords(count = 100): string[] {
  const pick = <T>(list: readonly T[], n: number, step: number) => Array.from({ length: n }, (_, i) => list[(i * step) % list.length]);
  const words = [
    ...pick(w.lastNames, 30, 7),
    ...pick(w.titleNouns, 20, 5),
    ...pick(
      w.topicNames.map((t) => t.toLowerCase()),
      15,
      3,
    ),
    ...["premiere", "trailer", "finale", "album", "tour", "showrunner", "ovation", "documentary", "nominations", "sequel"],
    ...["box office", "standing ovation", "world tour", "second season", '"top ten"'],
    ...pick(w.firstNames, 20, 11).map((first, i) => `${first} ${w.lastNames[(i * 13) % w.lastNames.length]}`),
  ];
  return words.slice(0, count);
}

/** Deletes the probe articles (already unpublished through the API) and the run's API token. */
export async function deleteProbes(sql: Sql, articleIds: string[], tokenId: string | null): Promise<void> {
  await sql.begin(async (tx) => {
    if (articleIds.length) {
      await tx`delete from audit_events where entity_type = 'article' and entity_id = any(${articleIds}::text[])`;
      await tx`delete from articles where id = any(${articleIds}::uuid[])`;
    }
    if (tokenId) {
      await tx`delete from audit_events where entity_type = 'token' and entity_id = ${tokenId}`;
      await tx`delete from api_tokens where id = ${tokenId}`;
    }
  });
}
