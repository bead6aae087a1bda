// Publishing through the editor, for specs that check what readers see.
import type { Browser, Page } from "@playwright/test";
import { accounts, demoPassword, expect } from "../fixtures";
import { EditorPage } from "../pages/editor-page";
import { LoginPage } from "../pages/login-page";

/** A show of the demo content with its own tag page. */
export const TAG = { slug: "salt-and-ember", name: "Salt & Ember" };

export async function draftWithTag(page: Page, title: string): Promise<EditorPage> {
  await page.goto("/admin");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await editor.field("Title").fill(title);
  await editor.field("Dek").fill("A story for the cache tests.");
  await editor.addExistingTag("salt", TAG.name);
  await editor.expectSaved();
  return editor;
}

/** Publishes and returns the article's path; `published` remembers it for unpublishAll. */
export async function publish(editor: EditorPage, published: Set<string>): Promise<string> {
  published.add(editor.id);
  await editor.button("Publish").click();
  await expect(editor.status).toContainText("Published");
  return (await editor.page.getByRole("link", { name: /^\/articles\// }).getAttribute("href"))!;
}

export async function unpublish(editor: EditorPage) {
  await editor.button("Unpublish").click();
  await editor.button("Unpublish now").click();
  await expect(editor.status).toContainText("Unpublished");
}

/** A fresh context signed in as the demo editor, for clean-up after a spec. */
export async function editorContext(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto("/admin");
  await login.signIn(accounts.editor, demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  return { context, page };
}

/** Leaves the site as the demo content has it, whatever failed before. */
export async function unpublishAll(browser: Browser, published: Set<string>) {
  if (published.size === 0) return;
  const { context, page } = await editorContext(browser);
  const editor = new EditorPage(page);
  for (const id of published) {
    await editor.goto(id);
    await expect(editor.status).toBeVisible();
    if (await editor.button("Unpublish").isVisible()) await unpublish(editor);
  }
  await context.close();
}
