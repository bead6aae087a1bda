// Attacks on the production server, sent as an attacker would: each must be
// refused with a 4xx, write nothing, and leave readers served meanwhile
// (the home page answers within 1 s throughout).
import { readFileSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import type postgres from "postgres";
import { accounts, expect, test } from "./fixtures";
import { apiTokenFor, baseUrl, database, fingerprint, readerProbe, sendBody } from "./support/attack";

const MB = 1024 * 1024;
let sql: postgres.Sql;
let token: string;
let probe: ReturnType<typeof readerProbe>;

test.beforeAll(async () => {
  sql = database();
  token = await apiTokenFor(sql, accounts.admin);
});

test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

test.beforeEach(() => {
  probe = readerProbe();
});

test.afterEach(async () => {
  const reader = await probe.stop();
  expect(reader.failures, "the home page kept answering 200").toEqual([]);
  expect(reader.count, "the reader was served").toBeGreaterThan(0);
  expect(reader.slowest, "the home page answered within 1 s throughout").toBeLessThan(1000);
});

const form = { "content-type": "application/x-www-form-urlencoded" };
const json = (bearer?: string) => ({ "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) });

test("a 300 MB sign-in form is refused with 413 at its first kilobytes, chunked or declared", async () => {
  const before = await fingerprint(sql);
  const chunked = await sendBody("/api/auth/callback/credentials", { total: 300 * MB, headers: form });
  expect(chunked.status).toBe(413);
  // The server answered long before the body ended: it never waited for (or kept) 300 MB.
  expect(chunked.sent).toBeLessThan(40 * MB);
  const declared = await sendBody("/api/auth/callback/credentials", { total: 300 * MB, declaredLength: 300 * MB, headers: form });
  expect(declared.status).toBe(413);
  expect(declared.sent).toBeLessThan(40 * MB);
  expect(await fingerprint(sql)).toEqual(before);
});

test("Admin API bodies over 1 MB are refused with 413 however they are sent; without a token, 401 before any is read", async () => {
  const before = await fingerprint(sql);
  const chunked = await sendBody("/api/admin/articles", { total: 50 * MB, headers: json(token) });
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.body).error.code).toBe("too_large");
  const declared = await sendBody("/api/admin/articles", { total: 2 * MB, declaredLength: 2 * MB, headers: json(token) });
  expect(declared.status).toBe(413);
  // A Content-Length that understates the body: the server reads what it declared and no more.
  const lying = await sendBody("/api/admin/articles", { total: 4 * MB, declaredLength: 100, headers: json(token) });
  expect(lying.status).toBeGreaterThanOrEqual(400);
  expect(lying.status).toBeLessThan(500);
  const anonymous = await sendBody("/api/admin/articles", { total: 50 * MB, headers: json() });
  expect(anonymous.status).toBe(401);
  expect(anonymous.sent).toBeLessThan(40 * MB);
  expect(await fingerprint(sql)).toEqual(before);
});

test("a server action's body over its limit, or of no declared length, is refused before it is read", async () => {
  // A real action of the build, from Next's manifest: the password page's, which anyone may reach.
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  const actionId = Object.keys(manifest.node).find((id) => Object.keys(manifest.node[id].workers).some((w) => w.includes("account/password")));
  expect(actionId).toBeTruthy();
  const before = await fingerprint(sql);
  // Chunked: no browser sends an action without its length; refused before a byte is read.
  const result = await sendBody("/account/password/not-a-real-token", {
    total: 30 * MB,
    headers: { "next-action": actionId!, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  expect(result.status).toBe(411);
  expect(result.sent).toBeLessThan(25 * MB);
  // Declared: refused before a byte is read.
  const declared = await sendBody("/account/password/not-a-real-token", {
    total: 4 * MB,
    declaredLength: 4 * MB,
    headers: { "next-action": actionId!, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
  });
  expect(declared.status).toBe(413);
  expect(await fingerprint(sql)).toEqual(before);
});

test("text built to be slow is refused (422) or handled at once, and the server keeps serving", async () => {
  const before = await fingerprint(sql);
  const attacks: { name: string; body: Record<string, string>; refused: boolean }[] = [
    { name: "80,000 spaces", body: { bodyMarkdown: `a${" ".repeat(80_000)}b` }, refused: false },
    { name: "<b> nested 200,000 deep", body: { bodyHtml: "<b>".repeat(200_000) }, refused: true },
    {
      name: "a Markdown list nested 700 deep",
      body: { bodyMarkdown: Array.from({ length: 700 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n") },
      refused: true,
    },
    { name: "a quote nested 5,000 deep", body: { bodyMarkdown: `${">".repeat(5000)} deep` }, refused: true },
    { name: "a run of 200,000 emphasis marks", body: { bodyMarkdown: "*_".repeat(100_000) }, refused: false },
    { name: "a run of 100,000 brackets", body: { bodyMarkdown: "[".repeat(100_000) }, refused: false },
  ];
  let created = 0;
  for (const attack of attacks) {
    const started = Date.now();
    const response = await fetch(`${baseUrl}/api/admin/articles`, {
      method: "POST",
      headers: json(token),
      body: JSON.stringify({ title: `Abuse: slow text ${attacks.indexOf(attack) + 1}`, ...attack.body }),
    });
    const answer = (await response.json()) as { article?: { id: string }; error?: { code: string; fields?: Record<string, string[]> } };
    expect(Date.now() - started, `${attack.name}: answered within 3 s`).toBeLessThan(3000);
    if (attack.refused) {
      expect(response.status, `${attack.name}: refused`).toBe(422);
      expect(JSON.stringify(answer.error), attack.name).toContain("levels deep");
      expect(Object.keys(answer.error?.fields ?? {}), attack.name).toEqual(["body"]);
    } else {
      expect(response.status, `${attack.name}: accepted as text`).toBe(201);
      expect(answer.article?.id).toBeTruthy();
      created++;
    }
  }
  const after = await fingerprint(sql);
  expect(after.articles - before.articles).toBeLessThanOrEqual(created);
});

test("the history page compares two 20,000-word revisions without blocking readers", async ({ signInAs }) => {
  // 20,000 words in 200 paragraphs, every word different between the two.
  const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `w${(i * seed) % 9973}${(i + 1) % 100 === 0 ? "\n\n" : " "}`).join("");
  const create = await fetch(`${baseUrl}/api/admin/articles`, {
    method: "POST",
    headers: json(token),
    body: JSON.stringify({ title: "Abuse: a long diff", bodyMarkdown: words(7) }),
  });
  expect(create.status).toBe(201);
  const { article } = (await create.json()) as { article: { id: string; version: number } };
  const patch = await fetch(`${baseUrl}/api/admin/articles/${article.id}`, {
    method: "PATCH",
    headers: json(token),
    body: JSON.stringify({ version: article.version, bodyMarkdown: words(13) }),
  });
  expect(patch.status).toBe(200);
  const page = await signInAs("admin");
  const started = Date.now();
  await page.goto(`/admin/articles/${article.id}/history`);
  await expect(page.getByRole("heading", { name: "History", level: 1 })).toBeVisible();
  expect(Date.now() - started, "the comparison rendered within 3 s").toBeLessThan(3000);
});

test("60 parallel wrong passwords: at most the limit reach the check, and the owner still signs in from elsewhere", async ({ request }) => {
  const email = `abuse-${Date.now()}@marquee.test`;
  const password = "the-owners-own-password";
  await sql`insert into users (email, name, role, password_hash) values (${email}, 'Abuse Victim', 'contributor', ${await hash(password)})`;

  // One CSRF token for every attempt, as a script replaying one form would.
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = async (from: string, tryPassword: string) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": from },
      form: { csrfToken, email, password: tryPassword, json: "true" },
      maxRedirects: 0,
    });
    const body = (await response.json().catch(() => ({}))) as { url?: string };
    return { status: response.status(), url: body.url ?? "" };
  };

  const attacker = "203.0.113.66";
  const results = await Promise.all(Array.from({ length: 60 }, (_, i) => signIn(attacker, `guess-${i}`)));
  const checked = results.filter((r) => r.url.includes("error=CredentialsSignin"));
  const limited = results.filter((r) => r.status === 429 || r.url.includes("error=rate_limited"));
  expect(checked.length, "wrong passwords that reached the check").toBeLessThanOrEqual(5);
  expect(checked.length + limited.length).toBe(60);
  expect(results.every((r) => r.status < 500)).toBe(true);

  // The stranger is still limited, even with the right password...
  const stranger = await signIn(attacker, password);
  expect(stranger.status === 429 || stranger.url.includes("error=rate_limited"), `the stranger got ${stranger.status} ${stranger.url}`).toBe(true);
  // ...but the owner, from another address, signs in.
  const owner = await signIn("198.51.100.23", password);
  expect(owner.status).toBe(200);
  expect(owner.url).not.toContain("error=");
});
