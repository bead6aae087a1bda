import type { Page } from "@playwright/test";

export class DashboardPage {
  constructor(private readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Articles" });
  }

  get table() {
    return this.page.getByRole("table", { name: /Articles/ });
  }

  row(title: string) {
    return this.table.getByRole("row").filter({ hasText: title });
  }

  statusCount(label: string) {
    return this.page
      .getByRole("list", { name: "Articles by status" })
      .getByRole("listitem")
      .filter({ hasText: new RegExp(`^${label} \\d+$`) });
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
  }
}
