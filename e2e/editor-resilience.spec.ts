// The editor never loses a word: autosave within seconds, retries while the
// network is down, and asks before the page is left with unsaved changes.
import { expect, test } from "./fixtures";
import { EditorPage } from "./pages/editor-page";

test("autosave keeps working through a dropped connection", async ({ page, signInAs, context }) => {
  await signInAs("contributor");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await editor.field("Title").fill("Offline test: the rain machine broke");
  await editor.expectSaved();

  await context.setOffline(true);
  await editor.field("Dek").fill("Written while the newsroom Wi-Fi was down.");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "offline", { timeout: 10_000 });
  await expect(page.getByRole("status").filter({ hasText: "Offline, retrying" })).toBeVisible();

  await context.setOffline(false);
  await editor.expectSaved();
  await page.reload();
  await expect(editor.field("Dek")).toHaveValue("Written while the newsroom Wi-Fi was down.");
});

test("leaving with unsaved changes asks first", async ({ page, signInAs }) => {
  await signInAs("contributor");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new EditorPage(page);
  await editor.expectSaved();
  const url = page.url();

  await editor.field("Title").fill("A headline nobody has saved yet");
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Articles" }).click();
  expect(asked).toContain("unsaved changes");
  expect(page.url()).toBe(url);
  await expect(editor.field("Title")).toHaveValue("A headline nobody has saved yet");
});
