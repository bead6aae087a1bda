// For the abuse spec: attacks at this server (tests/http-attack.ts), a reader
// who keeps asking for the home page meanwhile, and the database beside it.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { type AttackResult, sendBody as sendTo } from "@/tests/http-attack";

export const baseUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export const sendBody = (path: string, options: Parameters<typeof sendTo>[1]): Promise<AttackResult> => sendTo(`${baseUrl}${path}`, options);

/** A reader asking for the home page every `everyMs`; `stop()` says the slowest answer and every failure. */
export function readerProbe(everyMs = 150) {
  const times: number[] = [];
  const failures: string[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5000) });
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`status ${response.status}`);
      } catch (error) {
        failures.push(String(error));
      }
      times.push(Date.now() - started);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { count: times.length, slowest: Math.max(0, ...times), failures };
    },
  };
}

/** The e2e database, for setup (an API token) and for checking that refused requests wrote nothing. */
export function database() {
  return postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
}

/** A fresh API token for the demo account with `email`, as the dashboard's token page would make one. */
export async function apiTokenFor(sql: postgres.Sql, email: string): Promise<string> {
  const token = `mq_${randomBytes(24).toString("base64url")}`;
  const [user] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  await sql`insert into api_tokens (user_id, name, prefix, token_hash)
            values (${user.id}, 'abuse spec', ${token.slice(0, 9)}, ${createHash("sha256").update(token).digest("hex")})`;
  return token;
}

/** Row counts of everything a refused request must leave untouched. */
export async function fingerprint(sql: postgres.Sql) {
  const [row] = await sql`select
    (select count(*) from articles)::int as articles,
    (select count(*) from article_revisions)::int as revisions,
    (select count(*) from tags)::int as tags,
    (select count(*) from audit_events)::int as audit,
    (select coalesce(max(version), 0) from articles)::int as max_version`;
  return row;
}
