// Which feeds the feed benchmark reads: tags and writers with a full feed
// (at least 50 live stories), picked at random so that each is cold.
import type { Sql } from "postgres";

export async function pickFullFeeds(sql: Sql, kind: "tag" | "author", count: number, exclude: string[]): Promise<string[]> {
  const rows =
    kind === "tag"
      ? await sql`select t.slug from live_articles la cross join lateral unnest(la.tag_ids) as u(id) join tags t on t.id = u.id
          where not (t.slug = any(${exclude}::text[])) group by t.slug having count(*) >= 50 order by random() limit ${count}`
      : await sql`select us.slug from live_articles la cross join lateral unnest(la.author_ids) as a(id) join users us on us.id = a.id
          where us.slug is not null and not (us.slug = any(${exclude}::text[])) group by us.slug having count(*) >= 50 order by random() limit ${count}`;
  return rows.map((r) => r.slug as string);
}
