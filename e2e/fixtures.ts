// Fixtures: the demo accounts and a page signed in as each role.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { LoginPage } from "./pages/login-page";

export const demoPassword = process.env.E2E_PASSWORD ?? "e2e-demo-password";
export const accounts = {
  admin: "admin@marquee.test",
  editor: "editor@marquee.test",
  contributor: "contributor@marquee.test",
} as const;
export type Role = keyof typeof accounts;

/** Lead story of the demo content (db/seed/content.ts), published an hour before seeding. */
export const leadStory = {
  slug: "will-mara-return-to-harrow-bay-salt-and-ember-season-2",
  title: "Will Mara return to Harrow Bay? What the creator says about ‘Salt & Ember’ season 2",
  byline: "Jonah Pell",
};
export const draftStory = {
  slug: "why-meridian-run-cant-stop-going-bigger",
  title: "Why ‘Meridian Run’ can’t stop going bigger — and why it might not need to",
};

export const test = base.extend<{ signInAs: (role: Role) => Promise<Page> }>({
  signInAs: async ({ page }, use) => {
    await use(async (role) => {
      const login = new LoginPage(page);
      await login.goto("/admin");
      await login.signIn(accounts[role], demoPassword);
      await expect(page).toHaveURL(/\/admin$/);
      return page;
    });
  },
});

export async function expectNoAxeViolations(page: Page) {
  // label-content-name-mismatch (WCAG 2.5.3: a control's name contains its
  // visible label) is still tagged experimental in axe-core 4.13, so off unless asked for.
  const results = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export { expect };
