import { expect, type Locator, type Page } from "@playwright/test";

/** A file as the browser would hand it over in a drop or paste. */
export type DroppedFile = { name: string; type: string; bytes: Buffer };

/**
 * Drops `file` on `target` as a person dragging it from their desktop would:
 * dragenter, dragover and drop at the target's centre, with a DataTransfer
 * holding the file (Playwright cannot drag from outside the page).
 */
export async function dropFile(page: Page, target: Locator, file: DroppedFile) {
  const box = await target.boundingBox();
  if (!box) throw new Error("drop target not visible");
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { name: file.name, type: file.type, base64: file.bytes.toString("base64") },
  );
  const at = { clientX: box.x + box.width / 2, clientY: box.y + Math.min(box.height / 2, 40) };
  for (const type of ["dragenter", "dragover", "drop"]) await target.dispatchEvent(type, { dataTransfer, ...at });
}

/** Pastes `file` on the page (outside any text field), as Ctrl+V after copying an image would. */
export async function pasteFile(page: Page, file: DroppedFile) {
  await page.evaluate(
    ({ name, type, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { name: file.name, type: file.type, base64: file.bytes.toString("base64") },
  );
}

/** The dashboard's media library at /admin/media. */
export class MediaPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/admin/media${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
  }

  get uploadZone() {
    return this.page.getByRole("group", { name: "Upload images" });
  }

  async search(q: string) {
    await this.page.getByRole("searchbox", { name: "Search images" }).fill(q);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q)}`));
  }

  get grid() {
    return this.page.getByRole("list", { name: "Images" });
  }

  tile(filename: string) {
    return this.grid.getByRole("listitem").filter({ hasText: filename });
  }
}
