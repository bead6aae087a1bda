import { accounts, draftStory, expect, expectNoAxeViolations, leadStory, test } from "./fixtures";
import { DashboardPage } from "./pages/dashboard-page";
import { LoginPage } from "./pages/login-page";

test("the dashboard sends a signed-out visitor to the login page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(accounts.editor, "not-the-password");
  await expect(login.error).toHaveText("That email and password do not match an active account.");
  await expect(page).toHaveURL(/\/login/);
});

test("an editor signs in, sees every article with its status, and signs out", async ({ page, signInAs }) => {
  await signInAs("editor");
  const dashboard = new DashboardPage(page);
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.row(leadStory.title)).toContainText("Published");
  await expect(dashboard.row(draftStory.title)).toContainText("Draft");
  await expect(dashboard.statusCount("Published")).toHaveText("Published 12");
  await expect(dashboard.statusCount("Scheduled")).toHaveText("Scheduled 2");
  await expectNoAxeViolations(page);

  await dashboard.signOut();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("a contributor sees only their own articles", async ({ page, signInAs }) => {
  await signInAs("contributor");
  const dashboard = new DashboardPage(page);
  await expect(dashboard.row(draftStory.title)).toContainText("Draft");
  await expect(dashboard.row(leadStory.title)).toHaveCount(0);
  // Priya's own: one draft, one in review and one published story.
  await expect(dashboard.statusCount("Draft")).toHaveText("Draft 1");
  await expect(dashboard.statusCount("In review")).toHaveText("In review 1");
  await expect(dashboard.statusCount("Published")).toHaveText("Published 1");
  await expect(dashboard.table.getByRole("row")).toHaveCount(4); // header + 3
});

test("a forged session cookie does not open the dashboard", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "forged", url: baseURL! }]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Password")).toBeVisible();
});
