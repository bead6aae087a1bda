// A day in the newsroom, in a real browser: a contributor drafts an
// interview and submits it, an editor sends it back and publishes it, a
// second editor's stale save meets the conflict screen, history shows and
// restores, and a share link opens a draft for someone signed out.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { accounts, demoPassword, draftStory, expect, expectNoAxeViolations, type Role, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";
import { LoginPage } from "./pages/login-page";

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const title = `Cast of ‘Tidewater Hymn’ reunite for a table read ${stamp}`;
const newTag = `Table reads ${stamp}`;
let articleId = "";

const contexts: BrowserContext[] = [];
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}
async function closeContexts() {
  // One at a time: Playwright's trace recorder trips over concurrent closes.
  for (const context of contexts.splice(0)) await context.close();
}
test.afterEach(closeContexts);

async function signedIn(browser: Browser, role: Role): Promise<Page> {
  const page = await freshPage(browser);
  const login = new LoginPage(page);
  await login.goto("/admin");
  await login.signIn(accounts[role], demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

// Leave the public site as the demo content has it, whatever happened above.
test.afterAll(async ({ browser }) => {
  if (!articleId) return;
  const editor = new EditorPage(await signedIn(browser, "editor"));
  await editor.goto(articleId);
  await expect(editor.status).toBeVisible();
  if (await editor.button("Unpublish").isVisible()) {
    await editor.button("Unpublish").click();
    await editor.button("Unpublish now").click();
    await expect(editor.status).toContainText("Unpublished");
  }
  await closeContexts();
});

test("a contributor writes an interview with a Q&A block and tags, then submits it", async ({ browser }) => {
  const page = await signedIn(browser, "contributor");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  articleId = editor.id;

  await editor.field("Title").fill(title);
  await editor.field("Dek").fill("The director and her lead talk rewrites, rain machines and the ending.");
  await editor.body.click();
  await page.keyboard.type("We met the pair in a rehearsal room above a bakery.");
  await editor.addQuestion("What surprised you at the first read?");
  await editor.addAnswer("INÈS MARLOW", "How quiet it got when the last page turned.");
  await editor.addExistingTag("salt", "Salt & Ember");
  await editor.createTag(newTag, "Topic");
  await editor.expectSaved();
  await expectNoAxeViolations(page);

  await editor.button("Submit for review").click();
  await expect(editor.status).toContainText("In review");
  await expect(editor.field("Title")).toBeDisabled();
  await expect(editor.button("Publish")).toHaveCount(0); // not a contributor's call
});

test("an editor sends it back with a note, then publishes it", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  await page.getByRole("link", { name: "Waiting for review" }).click();
  await page.getByRole("link", { name: title }).click();
  const editor = new EditorPage(page);
  await expect(editor.status).toContainText("In review");

  await editor.button("Send back").click();
  await page.getByLabel("Note for the writer").fill("Tighten the intro, then it can run.");
  await editor.button("Send back to the writer").click();
  await expect(editor.status).toContainText("Draft");
  await expect(page.getByRole("note")).toContainText("Tighten the intro");

  await editor.button("Publish").click();
  await expect(editor.status).toContainText("Published");
  const live = page.getByRole("link", { name: /^\/articles\// });
  const path = (await live.getAttribute("href"))!;

  const reader = await freshPage(browser);
  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator(".qa-speaker")).toHaveText("INÈS MARLOW:");
  await expect(reader.locator(".qa-question")).toHaveText("What surprised you at the first read?");
  await expect(reader.getByRole("list", { name: "Tags" })).toContainText(newTag);
});

test("a second editor's stale save gets the conflict screen and loses nothing", async ({ browser }) => {
  const first = new EditorPage(await signedIn(browser, "editor"));
  const second = new EditorPage(await signedIn(browser, "admin"));
  await first.goto(articleId);
  await second.goto(articleId);

  await second.field("Dek").fill("A dek from the second editor.");
  await second.expectSaved();

  const mine = `${title} (updated)`;
  await first.field("Title").fill(mine);
  const conflict = first.page.getByRole("alertdialog", { name: /Someone else saved this article/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Dek/ })).toContainText("A dek from the second editor.");
  await expect(first.field("Title")).toHaveValue(mine); // still on the page
  await expectNoAxeViolations(first.page);

  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await first.expectSaved();
  await first.page.reload();
  await expect(first.field("Title")).toHaveValue(mine);
});

test("history compares revisions side by side and restores one", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  const editor = new EditorPage(page);
  await editor.goto(articleId);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();

  const diff = page.getByRole("table", { name: /Changes from revision/ });
  await expect(diff.getByRole("row", { name: /Title/ }).locator("ins")).toContainText("(updated)");
  await expectNoAxeViolations(page);

  const publishRow = page.getByRole("row").filter({ hasText: "Published" }).first();
  await publishRow.getByRole("button", { name: /Restore revision/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${articleId}$`));
  await expect(editor.field("Title")).toHaveValue(title);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Restored" })).toHaveCount(1);
});

test("a share link previews a draft for a signed-out browser until it is revoked", async ({ browser }) => {
  const page = await signedIn(browser, "editor");
  await page.getByRole("link", { name: draftStory.title }).click();
  const editor = new EditorPage(page);
  await expect(editor.status).toContainText("Draft");
  await editor.button("Create share link").click();
  const url = await page.getByLabel("Share link (shown once)").inputValue();
  expect(url).toMatch(/\/preview\/share\/[A-Za-z0-9_-]{32}$/);

  const outsider = await freshPage(browser);
  await outsider.goto(url);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(draftStory.title);
  await expect(outsider.getByRole("note")).toContainText("not published");
  await expectNoAxeViolations(outsider);

  await page.getByRole("list", { name: "Share links" }).getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("no longer works");
  await outsider.goto(url);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(outsider.getByText(draftStory.title)).toHaveCount(0);
});

test("unpublishing takes the story off the site from the first request", async ({ browser }) => {
  const editor = new EditorPage(await signedIn(browser, "editor"));
  await editor.goto(articleId);
  const path = (await editor.page.getByRole("link", { name: /^\/articles\// }).getAttribute("href"))!;
  await editor.button("Unpublish").click();
  await editor.button("Unpublish now").click();
  await expect(editor.status).toContainText("Unpublished");
  const reader = await freshPage(browser);
  const response = await reader.goto(path);
  expect(response?.status()).toBe(404);
  await expect(reader.getByText(title)).toHaveCount(0);
});
