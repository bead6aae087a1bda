// Readers through the edge: a real Varnish with deploy/varnish/marquee.vcl in
// front of the server under test (started for the whole suite by
// support/edge-global-setup.ts), which purges it (EDGE_PURGE_URLS) after
// every publishing event. Cached pages change the moment the newsroom acts;
// private pages and signed-in requests never come out of, or go into, the
// shared cache; odd requests cannot poison it.
import { spawn } from "node:child_process";
import { freePort } from "../bench/lib/processes";
import { serverArgs } from "../scripts/lib/server-process";
import { accounts, expect, leadStory, test } from "./fixtures";
import { EDGE_PORT, type EdgeResponse, edgeRequest, primeEdge, purgeEdge, purgeSecret, startEdge, suiteEdge } from "./support/edge";
import { draftWithTag, publish, TAG, unpublish, unpublishAll } from "./support/publishing";

test.describe.configure({ mode: "serial" });

// Not a performance target (bench/ measures that): an edge that waited for
// its cached copies to expire would take an hour, not this.
const FRESH_WITHIN_MS = 1_000;
const LEAD = `/articles/${leadStory.slug}`;

const published = new Set<string>();

test.afterAll(async ({ browser }) => unpublishAll(browser, published));

const showsTitle = async (path: string, title: string) => (await edgeRequest(path)).body.includes(title);

test("a publish shows through the edge on the article, home, tag page and feeds within a second", async ({ page, signInAs }) => {
  await signInAs("editor");
  const title = `Edge freshness ${Date.now().toString(36)}`;
  const editor = await draftWithTag(page, title);
  const surfaces = ["/", `/tags/${TAG.slug}`, "/feed.xml", `/api/content/articles?tag=${TAG.slug}`];
  for (const path of surfaces) {
    const cached = await primeEdge(path); // stored without the story
    expect(cached.body, path).not.toContain(title);
  }
  const path = await publish(editor, published);
  for (const url of [path, ...surfaces]) {
    await expect.poll(() => showsTitle(url, title), { message: url, timeout: FRESH_WITHIN_MS, intervals: [25] }).toBe(true);
  }
});

test("after an unpublish the first request through the edge does not show the story", async ({ page, signInAs }) => {
  await signInAs("editor");
  const title = `Edge takedown ${Date.now().toString(36)}`;
  const editor = await draftWithTag(page, title);
  const path = await publish(editor, published);
  const surfaces = [path, "/", `/tags/${TAG.slug}`, "/feed.xml", `/api/content/articles?tag=${TAG.slug}`];
  for (const url of surfaces) {
    await expect.poll(async () => (await primeEdge(url)).body.includes(title), { message: url }).toBe(true);
  }
  await unpublish(editor);
  const article = await edgeRequest(path);
  expect(article.status).toBe(404);
  expect(article.body).not.toContain(title);
  for (const url of surfaces.slice(1)) expect((await edgeRequest(url)).body, url).not.toContain(title);
});

test("tag pages and their content API lists are stored under the tag's key, so a change to the tag reaches them", async () => {
  // (Only answers that exist: a 404, /page/1 included, is never stored.)
  const pages = [`/tags/${TAG.slug}`, `/api/content/articles?tag=${TAG.slug}`];
  for (const path of pages) await primeEdge(path);
  const other = await primeEdge(LEAD);
  const purge = await purgeEdge(`tag:${TAG.slug}`);
  expect(purge.status).toBe(200);
  for (const path of pages) expect((await edgeRequest(path)).cache, path).toBe("miss");
  expect((await edgeRequest(LEAD)).cache).toBe("hit");
  expect(other.status).toBe(200);
});

test("admin pages, the admin API and sign-in answers never come from the edge", async ({ signInAs, context }) => {
  await signInAs("editor");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const privatePaths = ["/admin", "/api/admin/articles", "/api/auth/session", "/login", "/preview/share/not-a-token", "/account/password/x"];
  for (const path of privatePaths) {
    for (const headers of [{ cookie }, {} as Record<string, string>, { cookie }]) {
      const response = await edgeRequest(path, { headers });
      expect(response.cache, path).toBe("pass");
      expect(response.headers.age ?? "0", path).toBe("0");
    }
  }
  // What the editor was just shown is not what a stranger gets.
  const sessionOf = async (headers: Record<string, string>) => JSON.parse((await edgeRequest("/api/auth/session", { headers })).body);
  expect((await sessionOf({ cookie })).user?.name).toBeTruthy();
  expect(await sessionOf({})).toEqual({});
  const strangersDashboard = await edgeRequest("/admin");
  expect(strangersDashboard.status).toBe(307);
  expect(strangersDashboard.headers.location).toContain("/login");
  expect((await edgeRequest("/api/admin/articles")).status).toBe(401);
  // Signed-in areas get the session cookie (public pages do not: see the next test). Varnish's
  // log cuts long records (vsl_reclen), so the logged header is the start of the cookie.
  const sentCookie = (headers: string[]) => headers.some((h) => /^cookie: ./i.test(h) && cookie.startsWith(h.slice(8)));
  expect(suiteEdge().backendHeaders("/admin").some(sentCookie)).toBe(true);
});

test("a signed-in editor and a signed-out reader get the same public page; the editor's cookie is not passed on", async ({ signInAs, context }) => {
  await signInAs("editor");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const path = `/sections/tv`;
  await purgeEdge("sections");
  const editorsView = await edgeRequest(path, { headers: { cookie } });
  expect(editorsView.cache).toBe("miss"); // fetched for the editor...
  expect(editorsView.headers["set-cookie"]).toBeUndefined();
  const fetched = suiteEdge().backendHeaders(path); // what Varnish sent the app, from its own log
  expect(fetched.length).toBeGreaterThan(0);
  for (const headers of fetched) {
    expect(headers.some((h) => /^host:/i.test(h))).toBe(true);
    expect(headers.filter((h) => /^cookie:/i.test(h))).toEqual([]);
  }
  const readersView = await edgeRequest(path);
  expect(readersView.cache).toBe("hit"); // ...and stored for everyone: it cannot hold anything of the editor's
  expect(readersView.body).toBe(editorsView.body);
  expect(readersView.body).not.toContain(accounts.editor);
  expect((await edgeRequest(path, { headers: { cookie } })).cache).toBe("hit");
});

test("PURGE and BAN from outside the purge ACL are refused and purge nothing, even with the secret", async () => {
  await primeEdge(LEAD);
  const stranger = "127.0.0.3"; // loopback, but not in the ACL (127.0.0.1, ::1)
  for (const method of ["PURGE", "BAN"]) {
    const headers = { xkey: `slug:${leadStory.slug}`, "x-purge-secret": purgeSecret() };
    const refused = await edgeRequest(LEAD, { method, headers, localAddress: stranger });
    expect(refused.status, method).toBe(403);
  }
  expect((await edgeRequest(LEAD)).cache).toBe("hit");
});

test("PURGE from an ACL address is refused without the shared secret or with a wrong one, and accepted with it", async () => {
  // A TLS proxy on the edge's host makes every client come from 127.0.0.1: the address alone proves nothing.
  await primeEdge(LEAD);
  const key = `slug:${leadStory.slug}`;
  const refused: Record<string, string>[] = [{ xkey: key }, { xkey: key, "x-purge-secret": "" }, { xkey: key, "x-purge-secret": `${purgeSecret()}x` }];
  for (const headers of refused) {
    expect((await edgeRequest("/", { method: "PURGE", headers })).status).toBe(403);
    expect((await edgeRequest(LEAD)).cache).toBe("hit");
  }
  const accepted = await purgeEdge(key);
  expect(accepted.status).toBe(200);
  expect(accepted.body).toMatch(/^Purged [1-9]/);
  expect((await edgeRequest(LEAD)).cache).toBe("miss");
});

test("odd Host headers and forwarded-host or navigation headers neither poison the cache nor split it", async () => {
  await purgeEdge(`slug:${leadStory.slug}`);
  const attack = await edgeRequest(LEAD, {
    headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher", "x-original-url": "/admin" },
  });
  expect(attack.status).toBe(200);
  const reader = await edgeRequest(LEAD);
  expect(reader.cache).toBe("hit");
  expect(reader.body).not.toContain("evil.example");
  expect(reader.body).toContain(leadStory.title.slice(0, 20));
  // A client asking for no cache gets the stored page, not a fresh render on its behalf.
  expect((await edgeRequest(LEAD, { headers: { "cache-control": "no-cache", pragma: "no-cache" } })).cache).toBe("hit");
  // A React Server Component payload asked for with headers goes to the app and is never stored as the page.
  const rsc = await edgeRequest(LEAD, { headers: { rsc: "1" } });
  expect(rsc.cache).toBe("pass");
  expect((await edgeRequest(LEAD)).body).toBe(reader.body);
});

test("tracking parameters, repeated and huge query strings map to one stored page or a 4xx", async () => {
  const first = await primeEdge(LEAD);
  for (const query of ["?utm_source=x&utm_campaign=y&fbclid=abc", "?a=1&a=1&a=1", `?${"x=1&".repeat(50)}gclid=z`]) {
    const response = await edgeRequest(`${LEAD}${query}`);
    expect(response.cache, query).toBe("hit");
    expect(response.body, query).toBe(first.body);
  }
  const huge = await edgeRequest(`${LEAD}?q=${"x".repeat(5000)}`);
  expect(huge.status).toBe(414);
  const api = `/api/content/articles?tag=${TAG.slug}&limit=5`;
  await primeEdge(api);
  expect((await edgeRequest(`/api/content/articles?limit=5&utm_medium=social&tag=${TAG.slug}`)).cache).toBe("hit");
  expect((await edgeRequest(`/api/content/articles?tag=${TAG.slug}&tag=${TAG.slug}`)).status).toBe(400);
});

test("one client cannot fill the cache with made-up URLs", async () => {
  // Its own edge: the client is turned away for a while once over the limit.
  const own = await startEdge({ port: EDGE_PORT + 1 });
  try {
    const madeUp = (i: number) => edgeRequest(`/api/content/articles?tag=made-up-${i}`, { port: own.port });
    let i = 0;
    while ((await madeUp(i)).status !== 429) {
      i++;
      expect(i, "requests before the client is turned away").toBeLessThan(1000);
    }
    const stored = own.stat("MAIN.n_object");
    for (let more = 1; more <= 50; more++) expect((await madeUp(i + more)).status).toBe(429);
    expect(own.stat("MAIN.n_object")).toBe(stored);
    expect((await edgeRequest("/api/content/articles?tag=made-up-0", { port: own.port })).cache).toBe("hit"); // what it stored still serves
  } finally {
    await own.stop();
  }
});

test("requests the cache passes to the app count toward the same limit as misses", async () => {
  // Its own edge, so the suite's client is not the one turned away.
  const own = await startEdge({ port: EDGE_PORT + 1 });
  try {
    const stored = await primeEdge(LEAD, own.port);
    // Each of these skips the cache: a client-side navigation payload, an API token, a draft-mode cookie.
    const passes = [
      (i: number) => edgeRequest(`/robots.txt?n=${i}`, { port: own.port, headers: { rsc: "1" } }),
      (i: number) => edgeRequest(`/api/content/articles?limit=${(i % 50) + 1}`, { port: own.port, headers: { authorization: "Bearer not-a-token" } }),
      (i: number) => edgeRequest(`/robots.txt?n=${i}`, { port: own.port, headers: { cookie: "__prerender_bypass=1" } }),
    ];
    const answers: EdgeResponse[] = [];
    while (!answers.some((r) => r.status === 429)) {
      expect(answers.length, "requests before the client is turned away").toBeLessThan(2000);
      const sent = answers.length;
      answers.push(...(await Promise.all(Array.from({ length: 50 }, (_, j) => passes[(sent + j) % passes.length](sent + j)))));
    }
    const served = answers.filter((r) => r.status !== 429);
    expect(served.every((r) => r.cache === "pass")).toBe(true);
    expect(served.length).toBeGreaterThanOrEqual(250);
    // The same count covers misses now, while stored pages still reach the client.
    expect((await edgeRequest("/api/content/articles?tag=made-up-after-passes", { port: own.port })).status).toBe(429);
    const again = await edgeRequest(LEAD, { port: own.port });
    expect(again.cache).toBe("hit");
    expect(again.body).toBe(stored.body);
  } finally {
    await own.stop();
  }
});

test("with the app stopped, cached public pages still answer 200 from grace", async () => {
  // A second app server this test can stop, behind its own edge whose copies
  // go stale after a second (the shipped VCL keeps them for the app's s-maxage).
  const appPort = await freePort();
  const app = spawn(process.execPath, serverArgs({ port: appPort }), {
    env: process.env,
    detached: true,
    stdio: "ignore",
  });
  const own = await startEdge({
    port: EDGE_PORT + 2,
    backendPort: appPort,
    extraVcl: "sub vcl_backend_response { if (beresp.ttl > 1s) { set beresp.ttl = 1s; } }",
  });
  try {
    const pages = ["/", LEAD, `/tags/${TAG.slug}`, "/feed.xml"];
    await expect.poll(async () => (await edgeRequest("/", { port: own.port })).status, { timeout: 20_000 }).toBe(200);
    const before = new Map<string, string>();
    for (const path of pages) before.set(path, (await primeEdge(path, own.port)).body);
    process.kill(-app.pid!, "SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // every copy is now past its time
    for (const path of pages) {
      const response = await edgeRequest(path, { port: own.port });
      expect(response.status, path).toBe(200);
      expect(Number(response.headers.age), path).toBeGreaterThanOrEqual(1);
      expect(response.body, path).toBe(before.get(path));
    }
    expect((await edgeRequest("/articles/never-cached", { port: own.port })).status).toBe(503);
  } finally {
    if (app.exitCode === null) process.kill(-app.pid!, "SIGTERM");
    await own.stop();
  }
});
