// Admins manage people and API tokens; taking rights away applies at the
// person's next request, not when their session would have expired.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { accounts, demoPassword, expect, expectNoAxeViolations, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const person = { name: `Rosa Quill ${stamp}`, email: `rosa.${stamp}@marquee.test`, password: "a long new password 42" };
const contexts: BrowserContext[] = [];

async function open(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}
test.afterAll(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function signIn(page: Page, email: string, password: string) {
  const login = new LoginPage(page);
  await login.goto("/admin");
  await login.signIn(email, password);
  await expect(page).toHaveURL(/\/admin$/);
}

let rosa: Page;
let admin: Page;

test("an admin invites a contributor, who chooses a password and signs in", async ({ browser }) => {
  admin = await open(browser);
  await signIn(admin, accounts.admin, demoPassword);
  await admin.getByRole("link", { name: "People" }).click();
  await expect(admin.getByRole("heading", { name: "People" })).toBeVisible();
  await expectNoAxeViolations(admin);

  const form = admin.getByRole("region", { name: "Add a person" });
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Role").selectOption("contributor");
  await form.getByLabel("Access").selectOption("invite");
  await form.getByRole("button", { name: "Add person" }).click();
  const shown = admin.getByRole("status").filter({ hasText: "Account for" });
  const link = (await shown.locator(".font-mono").textContent())!.trim();
  expect(link).toMatch(/\/account\/password\/[A-Za-z0-9_-]{32}$/);

  rosa = await open(browser);
  await rosa.goto(link);
  await rosa.getByLabel("New password").fill(person.password);
  await rosa.getByLabel("Repeat it").fill(person.password);
  await rosa.getByRole("button", { name: "Set password" }).click();
  await expect(rosa.getByRole("main").getByRole("status")).toContainText("Your password is set");
  await signIn(rosa, person.email, person.password);
  await expect(rosa.getByText(`Signed in as ${person.name}`)).toBeVisible();

  await rosa.goto(link);
  await expect(rosa.getByRole("main").getByRole("alert")).toContainText("expired or was already used");
});

test("a contributor cannot open the admin pages", async () => {
  for (const path of ["/admin/users", "/admin/tokens", "/admin/audit"]) {
    await rosa.goto(path);
    await expect(rosa, path).toHaveURL(/\/admin\?denied=1$/);
  }
});

test("deactivating an account ends its session at the next request", async () => {
  await admin.goto("/admin/users");
  await admin.getByRole("button", { name: `Deactivate ${person.name}` }).click();
  await expect(admin.getByRole("row").filter({ hasText: person.email })).toContainText("Deactivated");

  await rosa.goto("/admin");
  await expect(rosa).toHaveURL(/\/login/);
  const login = new LoginPage(rosa);
  await login.signIn(person.email, person.password);
  await expect(login.error).toBeVisible();
});

test("an API token works for scripts until it is revoked", async ({ request }) => {
  await admin.goto("/admin/tokens");
  await expect(admin.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expectNoAxeViolations(admin);
  const form = admin.getByRole("region", { name: "New token" });
  await form.getByLabel("Name").fill(`Wire importer ${stamp}`);
  await form.getByLabel("Acts as").selectOption({ label: "Marcus Tull" });
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await admin.getByRole("status").locator(".font-mono").textContent())!.trim();
  expect(token).toMatch(/^mq_/);

  const headers = { authorization: `Bearer ${token}` };
  const listed = await request.get("/api/admin/articles?status=draft", { headers });
  expect(listed.status()).toBe(200);
  expect((await listed.json()).items.length).toBeGreaterThan(0);

  await admin.getByRole("button", { name: `Revoke Wire importer ${stamp}` }).click();
  await expect(admin.getByRole("row").filter({ hasText: `Wire importer ${stamp}` })).toContainText("Revoked");
  const refused = await request.get("/api/admin/articles", { headers });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthenticated");
});

test("the audit log records who did what", async () => {
  await admin.goto("/admin/audit");
  await expect(admin.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: "user.deactivate" }).first()).toContainText(person.name);
  await expectNoAxeViolations(admin);
});
