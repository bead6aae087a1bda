// Publishing from the editor in specs that change the public site, and
// putting the site back as the demo content has it, whatever failed.
import type { Browser } from "@playwright/test";
import { accounts, demoPassword, expect } from "../fixtures";
import { EditorPage } from "../pages/editor-page";
import { LoginPage } from "../pages/login-page";

export async function unpublish(editor: EditorPage) {
  await editor.button("Unpublish").click();
  await editor.button("Unpublish now").click();
  await expect(editor.status).toContainText("Unpublished");
}

/** Signs in as the demo editor in a fresh context and unpublishes each article of `ids` still live. */
export async function unpublishLeftovers(browser: Browser, ids: Set<string>) {
  if (ids.size === 0) return;
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto("/admin");
  await login.signIn(accounts.editor, demoPassword);
  await expect(page).toHaveURL(/\/admin$/);
  const editor = new EditorPage(page);
  for (const id of ids) {
    await editor.goto(id);
    await expect(editor.status).toBeVisible();
    if (await editor.button("Unpublish").isVisible()) await unpublish(editor);
  }
  await context.close();
}
