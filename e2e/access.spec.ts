// Access control, crawled from the source tree: every admin page, Admin API
// handler and server action is requested signed out, with a forged session
// cookie and as each role, and must answer as `can(role, permission)` says for
// the check its own source makes (found by e2e/support/route-tree.ts, which
// fails on any route or action without a check it recognises).
import type { APIRequestContext, Page } from "@playwright/test";
import { can, type Role } from "@/lib/auth/permissions";
import { busyJpeg } from "@/tests/media-images";
import { demoPassword, draftStory, expect, leadStory, test } from "./fixtures";
import {
  type ActionOutcome,
  actionCode,
  type ApiOutcome,
  checkActionAnswer,
  checkApiAnswer,
  checkPage,
  checkPageHtml,
  type PageOutcome,
} from "./support/checks";
import { identities, type Identity, roleOf, Visitors } from "./support/identities";
import { findAdminPages, findApiRoutes, findOtherRoutes, findServerActions, type Guard } from "./support/route-tree";

test.describe.configure({ timeout: 120_000 });

const pageTree = findAdminPages();
const apiTree = findApiRoutes();
const actionTree = findServerActions();
const otherTree = findOtherRoutes();
const [adminPages, apiRoutes, serverActions] = [pageTree.items, apiTree.items, actionTree.items];

// ---- Values for dynamic segments --------------------------------------------

type Article = "own draft" | "someone else's article" | "missing article";
/** Ids of the media library (/api/admin/media/[id]): an editor's upload that a story uses, and one that does not exist. */
type Image = "an editor's image in use" | "missing image";
/** One concrete request of a route pattern, with the check that applies to it. */
type Target = { pattern: string; id?: Article; image?: Image; action?: string; check: Exclude<Guard, { kind: "workflow" }> };

const isMediaPattern = (pattern: string) => pattern.startsWith("/api/admin/media/[id]");

function targetsOf(pattern: string, guard: Guard): Target[] {
  let targets: Target[] = [{ pattern, check: guard.kind === "workflow" ? { kind: "permission", permission: guard.fallback } : guard }];
  for (const [, name] of pattern.matchAll(/\[(\w+)\]/g)) {
    if (name === "id" && isMediaPattern(pattern)) {
      const images: Image[] = ["an editor's image in use", "missing image"];
      targets = targets.flatMap((t) => images.map((image) => ({ ...t, image })));
    } else if (name === "id") {
      const articles: Article[] = ["own draft", "someone else's article", "missing article"];
      targets = targets.flatMap((t) => articles.map((id) => ({ ...t, id })));
    } else if (name === "action" && guard.kind === "workflow") {
      const segments = [...Object.entries(guard.segments), ["not-an-action", guard.fallback] as const];
      targets = targets.flatMap((t) => segments.map(([action, permission]) => ({ ...t, action, check: { kind: "permission" as const, permission } })));
    } else if (name !== "token") {
      throw new Error(`No value for [${name}] in ${pattern}: add one to targetsOf in e2e/access.spec.ts`);
    }
  }
  return targets;
}

const articleIds: Record<Article, string> = { "own draft": "", "someone else's article": "", "missing article": crypto.randomUUID() };
const imageIds: Record<Image, string> = { "an editor's image in use": "", "missing image": crypto.randomUUID() };
const bogusToken = "bogus-token-000000000000000000000000";

function urlOf(t: Pick<Target, "pattern" | "id" | "image" | "action">): string {
  return t.pattern
    .replace("[id]", t.id ? articleIds[t.id] : t.image ? imageIds[t.image] : "")
    .replace("[action]", t.action ?? "")
    .replace("[token]", bogusToken);
}
/** "… (own draft, action publish)": which values filled the segments. */
const describe = (t: Target) => {
  const values = [t.id, t.image, t.action && `action ${t.action}`].filter(Boolean);
  return values.length ? ` (${values.join(", ")})` : "";
};

// ---- Expected outcomes, from can(role, permission) ------------------------

/** Contributors see the articles they wrote or carry a byline on; editors and admins all of them. */
function seesArticle(role: Role, id: Article | undefined): boolean {
  return id === undefined || id === "own draft" || (id === "someone else's article" && can(role, "article:edit-any"));
}

function expectedPage(t: Target, who: Identity): PageOutcome {
  const role = roleOf(who);
  if (!role) return "sent to login";
  if (t.check.kind === "permission" && !can(role, t.check.permission)) return "denied";
  return seesArticle(role, t.id) ? "renders" : "not found";
}

/**
 * Everyone in the newsroom sees every image; only editors and admins (and
 * the uploader, here the editor) change one. The empty body is refused by
 * DELETE (the image is in use) and PUT (no file); an empty PATCH changes no
 * field and answers the image.
 */
function expectedImageAnswer(method: string, image: Image, role: Role): ApiOutcome {
  if (image === "missing image") return method === "GET" ? { is: "status", status: 404, code: "not_found" } : { is: "refused input" };
  if (method === "GET") return { is: "status", status: 200 };
  if (!can(role, "media:edit-any")) return { is: "status", status: 403, code: "forbidden" };
  return method === "PATCH" ? { is: "status", status: 200 } : { is: "refused input" };
}

type ApiWho = Identity | "bogus API token";
function expectedApi(method: string, t: Target, who: ApiWho): ApiOutcome {
  if (t.check.kind === "public") return { is: "status", status: 200 };
  const role = who === "bogus API token" ? null : roleOf(who);
  if (!role) return { is: "status", status: 401, code: "unauthenticated" };
  if (t.check.kind === "permission" && !can(role, t.check.permission)) return { is: "status", status: 403, code: "forbidden" };
  if (t.image) return expectedImageAnswer(method, t.image, role);
  if (method !== "GET") return { is: "refused input" };
  if (!seesArticle(role, t.id)) return { is: "status", status: 404, code: "not_found" };
  if (t.check.kind === "may-edit-article") return { is: "redirect", to: `/preview/${articleIds[t.id!]}` };
  return { is: "status", status: 200 };
}

function expectedAction(guard: Guard, page: string, who: Identity): ActionOutcome {
  if (guard.kind === "public") return "refused"; // a bogus token
  const role = roleOf(who);
  if (!role) return who === "signed out" && page.startsWith("/admin") ? "sent to login" : "unauthenticated"; // proxy.ts matches /admin/**
  if (guard.kind === "permission" && !can(role, guard.permission)) return "forbidden";
  return "invalid";
}

// ---- The crawl ------------------------------------------------------------

let visitors: Visitors;
let baseURL: string;

/** One HTTP client per identity, opened for the current test. */
async function openClients(): Promise<Record<ApiWho, APIRequestContext>> {
  const clients = {} as Record<ApiWho, APIRequestContext>;
  for (const who of identities) clients[who] = await visitors.api(who);
  clients["bogus API token"] = await visitors.api("signed out", { authorization: "Bearer mq_not_a_real_token" });
  return clients;
}

test.beforeAll(async ({ browser }, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  visitors = await Visitors.signIn(browser, baseURL);
  const editor = await visitors.api("editor");
  const find = async (q: string, slug: string) => {
    const response = await editor.get(`/api/admin/articles?${new URLSearchParams({ q })}`);
    expect(response.status(), `looking up ${slug}`).toBe(200);
    const { items } = (await response.json()) as { items: { id: string; slug: string }[] };
    const id = items.find((a) => a.slug === slug)?.id;
    if (!id) throw new Error(`The seeded article ${slug} is not in the Admin API's list`);
    return id;
  };
  articleIds["own draft"] = await find("Meridian", draftStory.slug); // Priya's (the contributor's) draft
  articleIds["someone else's article"] = await find("Harrow Bay", leadStory.slug); // Jonah Pell's lead story
  imageIds["an editor's image in use"] = await imageInUse(editor);
  await visitors.closeAll();
});

test.afterEach(async () => {
  await visitors.closeAll();
});

/** An image the editor uploads and makes the hero of a new draft, so that deleting it is refused. */
async function imageInUse(editor: APIRequestContext): Promise<string> {
  const headers = { origin: baseURL };
  const file = { name: "access-probe.jpg", mimeType: "image/jpeg", buffer: await busyJpeg(64, 48) };
  const upload = await editor.post("/api/admin/media", { multipart: { file, alt: "Access probe" }, headers });
  expect(upload.status(), "uploading the probe image").toBeLessThan(300);
  const { media } = (await upload.json()) as { media: { id: string } };
  const draft = await editor.post("/api/admin/articles", { data: { title: "Access probe with a hero", heroMediaId: media.id }, headers });
  expect(draft.status(), "a draft using the probe image").toBe(201);
  return media.id;
}

test("every admin page, API handler and server action has an access check the crawl recognises", () => {
  expect([...pageTree.problems, ...apiTree.problems, ...actionTree.problems, ...otherTree.problems]).toEqual([]);
  expect(adminPages.length, "pages under app/(admin)/admin").toBeGreaterThan(0);
  expect(apiRoutes.length, "handlers under app/api/admin").toBeGreaterThan(0);
  expect(serverActions.length, "server actions in the build").toBeGreaterThan(0);
  const description = `${adminPages.length} pages, ${apiRoutes.length} handler methods, ${serverActions.length} server actions; ${otherTree.items.length} reviewed public handler methods`;
  test.info().annotations.push({ type: "crawl", description });
});

for (const route of adminPages) {
  test(`page ${route.pattern} (${route.file}) lets in only whom requirePageActor allows`, async ({ browser }) => {
    const clients = await openClients();
    const browsers = {} as Record<Identity, Page>;
    for (const who of identities) browsers[who] = await visitors.browserPage(browser, who);
    for (const target of targetsOf(route.pattern, route.guard)) {
      const url = urlOf(target);
      const rendered: string[] = []; // h1 texts the allowed roles saw: content the others must not get
      for (const who of identities) {
        const expected = expectedPage(target, who);
        const label = `${url}${describe(target)} as ${who} should be "${expected}"`;
        const heading = await checkPage(browsers[who], new URL(url, baseURL).href, expected, label, rendered);
        await checkPageHtml(clients[who], url, label, heading ? [heading] : rendered, expected === "renders", who === "signed out");
        if (heading) rendered.push(heading);
      }
    }
  });
}

for (const route of apiRoutes) {
  test(`${route.method} ${route.pattern} (${route.file}) answers as its check says`, async () => {
    const clients = await openClients();
    const write = route.method !== "GET" && route.method !== "HEAD";
    for (const target of targetsOf(route.pattern, route.guard)) {
      const url = urlOf(target);
      for (const who of [...identities, "bogus API token"] as const) {
        const expected = expectedApi(route.method, target, who);
        const label = `${route.method} ${url}${describe(target)} as ${who} should be ${JSON.stringify(expected)}`;
        // Cookie-authenticated writes must come from our own pages; say so, or the CSRF check answers first.
        const response = await clients[who].fetch(url, { method: route.method, ...(write ? { data: {}, headers: { origin: baseURL } } : {}) });
        await checkApiAnswer(response, expected, label);
        if (write && expected.is === "refused input") {
          const crossSite = await clients[who].fetch(url, { method: route.method, data: {} });
          await checkApiAnswer(crossSite, { is: "status", status: 403, code: "forbidden" }, `${label}, but sent cross-site (no Origin)`);
        }
      }
    }
  });
}

// Outside the admin surface: every reviewed public GET without a dynamic
// segment answers a signed-out reader; the health checks are never stored.
test("public route handlers answer signed out, and the health checks are never cached", async () => {
  const { "signed out": reader } = await openClients();
  const statics = otherTree.items.filter((r) => r.method === "GET" && !r.pattern.includes("["));
  expect(statics.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/health", "/api/ready"]));
  for (const route of statics) {
    const response = await reader.get(route.pattern, { maxRedirects: 0 });
    expect.soft(response.status(), `${route.pattern} (${route.why})`).toBe(200);
  }
  for (const path of ["/api/health", "/api/ready"]) {
    const response = await reader.get(path);
    expect(response.headers()["cache-control"], path).toBe("no-store");
    expect(response.headers()["x-marquee-cache"] ?? "miss", path).not.toBe("hit");
  }
  expect((await (await reader.get("/api/ready")).json()).status).toBe("ready");
});

test("public Admin API handlers hold no secrets", async () => {
  const clients = await openClients();
  const secrets = ["password_hash", "passwordHash", "$argon2", demoPassword, process.env.AUTH_SECRET].filter((s): s is string => !!s);
  for (const route of apiRoutes.filter((r) => r.guard.kind === "public")) {
    const response = await clients["signed out"].fetch(route.pattern, { method: route.method });
    expect(response.status(), route.pattern).toBe(200);
    const body = await response.text();
    for (const secret of secrets)
      expect.soft(body.includes(secret), `${route.pattern} contains ${secret === process.env.AUTH_SECRET ? "AUTH_SECRET" : secret}`).toBe(false);
  }
});

// A bare string: no action's schema takes it, so a permitted call is refused as input and writes nothing
// (`{}` would be a complete input for createDraftAction).
const inertInput = "access-probe";

for (const action of serverActions) {
  test(`server action ${action.name} (${action.file}) answers as its check says`, async () => {
    const clients = await openClients();
    const url = urlOf({ pattern: action.page });
    for (const who of identities) {
      const expected = expectedAction(action.guard, action.page, who);
      const input = action.guard.kind === "public" ? { token: bogusToken, password: "a-long-enough-password" } : expected === "invalid" ? inertInput : {};
      const label = `${action.name} posted to ${url} as ${who} should be "${expected}"`;
      const response = await clients[who].post(url, {
        headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify([input]),
      });
      await checkActionAnswer(response, expected, label);
    }
  });
}

// Ownership, not role: a contributor passes the door of most article routes and
// actions, and must then find someone else's article exactly as absent as a
// missing one. The version is stale, so even a missing ownership check could
// only end in a conflict (which would show here), never in a write.
const staleVersion = 1_000_000;
const staleBodies = [{ version: staleVersion }, { version: staleVersion, title: "Access probe" }];
const staleActionInput = (id: string) => ({ id, version: staleVersion, kind: "save", action: "submit", number: 1, fields: {} });

test("to a contributor, someone else's article answers exactly like a missing one", async () => {
  const { contributor } = await openClients();
  const answersFor = async (article: Article) => {
    const answers: string[] = [];
    for (const route of apiRoutes) {
      for (const target of targetsOf(route.pattern, route.guard).filter((t) => t.id === article)) {
        for (const data of route.method === "GET" ? [undefined] : staleBodies) {
          const response = await contributor.fetch(urlOf(target), { method: route.method, data, headers: { origin: baseURL } });
          const code = ((await response.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code;
          answers.push(
            `${route.method} ${route.pattern}${describe({ ...target, id: undefined })} ${JSON.stringify(data ?? "")} -> ${response.status()} ${code}`,
          );
        }
      }
    }
    for (const action of serverActions.filter((a) => a.guard.kind !== "public")) {
      const response = await contributor.post(urlOf({ pattern: action.page }), {
        headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" },
        data: JSON.stringify([staleActionInput(articleIds[article])]),
      });
      answers.push(`${action.name} -> ${actionCode(await response.text())}`);
    }
    return answers;
  };
  const missing = await answersFor("missing article");
  const someoneElses = await answersFor("someone else's article");
  expect(someoneElses, "answers about someone else's article, against the same requests about a missing one").toEqual(missing);
  expect(
    missing.filter((a) => / 5\d\d |internal|conflict/.test(a)),
    "server errors or conflicts",
  ).toEqual([]);
});
