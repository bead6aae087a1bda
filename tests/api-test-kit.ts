// Helpers for the Admin API integration tests: tokens for users made by the
// factories, requests to the exported route handlers, and a fingerprint of
// everything a refused request must leave untouched.
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import * as workflow from "@/app/api/admin/articles/[id]/[action]/route";
import { db } from "@/db/client";
import type { Role } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/auth/tokens";
import { makeUser } from "@/tests/factories";

export type Caller = Awaited<ReturnType<typeof makeUser>> & { token: string };

export async function makeCaller(role: Role): Promise<Caller> {
  const user = await makeUser(role);
  const { token } = await createApiToken(user, { name: `${role} test token`, userId: user.id });
  return { ...user, token };
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type CallOptions<P> = {
  method?: string;
  path?: string;
  params?: P;
  /** Sent as JSON, unless `raw` is given. */
  body?: unknown;
  raw?: string;
  token?: string | null;
  headers?: Record<string, string>;
};

export async function call<P = Record<string, never>>(handler: Handler<P>, options: CallOptions<P> = {}) {
  const { method = "GET", path = "/api/admin/articles", params = {} as P, body, raw, token, headers = {} } = options;
  const init: RequestInit = {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      "content-type": "application/json",
      ...headers,
    },
  };
  if (raw !== undefined) init.body = raw;
  else if (body !== undefined) init.body = JSON.stringify(body);
  const response = await handler(new Request(`http://localhost${path}`, init), { params: Promise.resolve(params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  // Tests read deep into the JSON; a wrong shape fails their assertions anyway.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, json: json as any };
}

/** Counts and sums that any write would move: every write bumps a version or adds a row. */
export async function fingerprint() {
  const rows = await db.execute(sql`select
    (select count(*) from articles)::int as articles,
    (select coalesce(sum(version), 0) from articles)::int as versions,
    (select max(updated_at) from articles)::text as "lastUpdate",
    (select count(*) from article_revisions)::int as revisions,
    (select count(*) from article_tags)::int as "articleTags",
    (select count(*) from article_authors)::int as "articleAuthors",
    (select count(*) from tags)::int as tags,
    (select count(*) from live_articles)::int as live,
    (select count(*) from audit_events)::int as audit`);
  return rows[0];
}

/** Runs `refused`, checks its status and error code, and that the database is exactly as before. */
export async function expectRefused(refused: () => Promise<Awaited<ReturnType<typeof call>>>, status: number, code: string) {
  const before = await fingerprint();
  const result = await refused();
  expect(result.status).toBe(status);
  expect(result.json.error.code).toBe(code);
  expect(typeof result.json.error.message).toBe("string");
  expect(await fingerprint()).toEqual(before);
  return result;
}

/** `POST /api/admin/articles/:id/:action` with `body`, as the holder of `token`. */
export const postWorkflowAction = (id: string, action: string, body: unknown, token: string | null) =>
  call(workflow.POST, { method: "POST", path: `/api/admin/articles/${id}/${action}`, params: { id, action }, body, token });

/** A time `hours` from now (negative: in the past). */
export const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000);
