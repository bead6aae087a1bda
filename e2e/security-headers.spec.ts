// Security headers as a browser meets them. Public pages carry a static
// Content-Security-Policy (they are shared by every cache, so no nonce) and
// run under it; private pages (dashboard, sign-in, account, preview) carry a
// fresh nonce policy whose nonce is on every inline script Next sends (their
// script files come from this origin); the dashboard and the Admin API are
// never stored. Nothing the site shows is blocked: the
// browser reports no policy violation on any page visited here.
import type { APIResponse, Page } from "@playwright/test";
import { REACT_SHELL_TIMING } from "@/lib/security/headers";
import { expect, leadStory, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";

const LEAD = `/articles/${leadStory.slug}`;
/** A demo story whose body embeds a YouTube player. */
const EMBED_STORY = "/articles/meridian-run-undertow-first-trailer";

/** Every Content-Security-Policy violation the page reports (Chromium logs each on the console). */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
  });
  return seen;
}

const directives = (policy: string | undefined) => new Map((policy ?? "").split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

function nonceOf(response: APIResponse): string {
  const scriptSrc = directives(response.headers()["content-security-policy"]).get("script-src") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `${response.url()} has a nonce in script-src`).toBeTruthy();
  expect(scriptSrc).toBe(`'self' 'nonce-${nonce}' 'sha256-${REACT_SHELL_TIMING.sha256}'`);
  return nonce!;
}

/** The scripts a browser would run: opening tag and inline text (JSON-LD data blocks are not run). */
const runnableScripts = (html: string) =>
  [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)]
    .map(([, tag, text]) => ({ tag, text }))
    .filter(({ tag }) => !/type="application\/(ld\+)?json"/.test(tag));

/** A private page: its nonce is on its inline scripts (all but React's hashed timer), and its script files are this site's. */
async function expectNoncePage(response: APIResponse) {
  expect(response.status(), response.url()).toBe(200);
  const nonce = nonceOf(response);
  const scripts = runnableScripts(await response.text());
  const inline = scripts.filter(({ tag }) => !/\ssrc=/.test(tag));
  expect(inline.filter(({ tag }) => tag.includes(`nonce="${nonce}"`)).length, `${response.url()} stamps its nonce`).toBeGreaterThan(0);
  for (const { tag, text } of inline) if (text !== REACT_SHELL_TIMING.script) expect(tag, response.url()).toContain(`nonce="${nonce}"`);
  for (const { tag } of scripts.filter(({ tag }) => /\ssrc=/.test(tag))) expect(tag, response.url()).toMatch(/\ssrc="\/_next\//);
  expect(directives(response.headers()["content-security-policy"]).get("frame-ancestors")).toBe("'none'");
  return nonce;
}

const cacheControl = (response: APIResponse) => (response.headers()["cache-control"] ?? "").split(/,\s*/);

test("public pages carry a static policy and Permissions-Policy, and run under them", async ({ page, request }) => {
  for (const path of ["/", LEAD, EMBED_STORY, "/tags/salt-and-ember", "/search?q=trailer", "/feed.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const policy = directives(headers["content-security-policy"]);
    expect(policy.get("frame-ancestors"), path).toBe("'self'");
    expect(policy.get("object-src"), path).toBe("'none'");
    expect(policy.get("base-uri"), path).toBe("'self'");
    expect(policy.get("form-action"), path).toBe("'self'");
    expect(policy.get("script-src"), path).not.toContain("nonce-");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(headers["permissions-policy"], path).toContain(`${feature}=()`);
    // This suite serves http://localhost: HSTS is only for an https SITE_URL.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }

  const violations = watchViolations(page);
  await page.goto(EMBED_STORY);
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toHaveCount(1);
  const hero = page.locator("article figure img").first();
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // Scripts run: a link moves to the next page without reloading this one.
  await page.evaluate(() => Object.assign(window, { __stayed: true }));
  await page.getByRole("link", { name: "Film", exact: true }).first().click();
  await expect(page).toHaveURL(/\/sections\/film$/);
  expect(await page.evaluate(() => (window as { __stayed?: boolean }).__stayed)).toBe(true);
  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  expect(violations).toEqual([]);
});

test("sign-in, the dashboard, the editor and previews carry a fresh nonce on every script and work under it", async ({ page, signInAs }) => {
  const violations = watchViolations(page);
  const login = await page.request.get("/login");
  await expectNoncePage(login);
  expect(cacheControl(login)).toEqual(expect.arrayContaining(["private", "no-store"]));
  expect((await expectNoncePage(await page.request.get("/login"))) === nonceOf(login)).toBe(false);

  await signInAs("editor"); // the sign-in form ran under the policy
  const dashboard = await page.request.get("/admin");
  const first = await expectNoncePage(dashboard);
  expect(await expectNoncePage(await page.request.get("/admin"))).not.toBe(first);

  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await expectNoncePage(await page.request.get(page.url()));
  await editor.field("Title").fill(`Under the policy ${Date.now().toString(36)}`);
  await editor.typeParagraph("Typed into the editor while the page runs under a nonce policy.");
  await editor.expectSaved();

  const preview = `/preview/${editor.id}`;
  await expectNoncePage(await page.request.get(preview));
  await page.goto(preview);
  await expect(page.getByText("Typed into the editor while the page runs under a nonce policy.")).toBeVisible();
  await page.goto("/account/password/not-a-real-token");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("expired");
  await expectNoncePage(await page.request.get("/account/password/not-a-real-token"));
  expect(violations).toEqual([]);
});

test("admin pages and every Admin API answer say Cache-Control: private, no-store", async ({ page, request, signInAs }) => {
  // Signed out: the dashboard sends to sign-in, the API refuses; neither may be stored.
  for (const path of ["/admin", "/admin/calendar"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(cacheControl(response), path).toEqual(expect.arrayContaining(["private", "no-store"]));
  }
  for (const path of ["/api/admin/articles", `/api/admin/articles/${crypto.randomUUID()}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(cacheControl(response), path).toEqual(expect.arrayContaining(["private", "no-store"]));
  }
  // Its OpenAPI document too, though it is the same for everyone.
  const openapi = await request.get("/api/admin/openapi.json");
  expect(openapi.status()).toBe(200);
  expect(cacheControl(openapi)).toEqual(expect.arrayContaining(["private", "no-store"]));
  await signInAs("editor");
  for (const path of ["/admin", "/admin/calendar", "/api/admin/articles", "/api/admin/articles?status=draft"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(cacheControl(response), path).toEqual(expect.arrayContaining(["private", "no-store"]));
  }
  // Client-side navigation inside the dashboard (RSC payloads) too.
  const rsc = await page.request.get("/admin/calendar", { headers: { rsc: "1" } });
  expect(cacheControl(rsc)).toEqual(expect.arrayContaining(["private", "no-store"]));
});
