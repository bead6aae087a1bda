import type { Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  /** Opens a dashboard path; signed out, that lands on the login form. */
  async goto(path = "/admin") {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  get error() {
    return this.page.getByRole("main").getByRole("alert");
  }
}
