import { expect, type Page } from "@playwright/test";

/** The article editor at /admin/articles/:id. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/admin/articles/${id}`);
    await expect(this.body).toBeVisible();
  }

  get id(): string {
    return new URL(this.page.url()).pathname.split("/")[3];
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  get body() {
    return this.page.getByRole("textbox", { name: "Body" });
  }

  get status() {
    return this.page.getByRole("heading", { name: /^Status/ });
  }

  tool(name: string) {
    return this.page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name, exact: true });
  }

  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }

  async expectSaved() {
    await expect(this.page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  }

  /** Types a paragraph at the end of the body. */
  async typeParagraph(text: string) {
    await this.body.click();
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.type(text);
  }

  async addQuestion(text: string) {
    await this.typeParagraph(text);
    await this.tool("Question").click();
  }

  async addAnswer(speaker: string, text: string) {
    await this.typeParagraph(text);
    await this.tool("Answer").click();
    await this.page
      .getByRole("group", { name: /answer/ })
      .getByLabel("Speaker name")
      .fill(speaker);
    await this.page.getByRole("button", { name: "Make answer" }).click();
  }

  async addExistingTag(query: string, name: string) {
    await this.page.getByRole("combobox", { name: "Tags" }).fill(query);
    await this.page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
  }

  async createTag(name: string, kind: string) {
    await this.page.getByRole("combobox", { name: "Tags" }).fill(name);
    await this.page.getByLabel("New tag kind").selectOption({ label: kind });
    await this.page.getByRole("button", { name: `Create “${name}”` }).click();
    await expect(this.page.getByRole("list", { name: "Selected tags" })).toContainText(name);
  }
}
