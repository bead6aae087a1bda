// Who knocks: nobody, a forged session cookie, and each demo role signed in
// through the real login form (next-auth credentials, no mocks).
import { type APIRequestContext, type Browser, type BrowserContext, request } from "@playwright/test";
import type { Role } from "@/lib/auth/permissions";
import { accounts, demoPassword, expect } from "../fixtures";
import { LoginPage } from "../pages/login-page";

export const identities = ["admin", "editor", "contributor", "forged cookie", "signed out"] as const;
export type Identity = (typeof identities)[number];
export const roleOf = (who: Identity): Role | null => (who in accounts ? (who as Role) : null);

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export class Visitors {
  private constructor(
    private readonly baseURL: string,
    private readonly states: Record<Identity, StorageState>,
    private readonly opened: { close(): Promise<void> }[] = [],
  ) {}

  static async signIn(browser: Browser, baseURL: string): Promise<Visitors> {
    const forged = {
      cookies: [
        {
          name: "next-auth.session-token",
          value: "forged",
          domain: new URL(baseURL).hostname,
          path: "/",
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: "Lax" as const,
        },
      ],
      origins: [],
    };
    const states: Partial<Record<Identity, StorageState>> = { "signed out": { cookies: [], origins: [] }, "forged cookie": forged };
    for (const role of Object.keys(accounts) as Role[]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const login = new LoginPage(page);
      await login.goto("/admin");
      await login.signIn(accounts[role], demoPassword);
      await expect(page).toHaveURL(/\/admin$/);
      states[role] = await context.storageState();
      await context.close();
    }
    return new Visitors(baseURL, states as Record<Identity, StorageState>);
  }

  /** An HTTP client with this identity's cookies; it follows no redirects. Closed by closeAll. */
  async api(who: Identity, headers: Record<string, string> = {}): Promise<APIRequestContext> {
    const context = await request.newContext({ baseURL: this.baseURL, storageState: this.states[who], extraHTTPHeaders: headers, maxRedirects: 0 });
    this.opened.push({ close: () => context.dispose() });
    return context;
  }

  async browserPage(browser: Browser, who: Identity) {
    const context = await browser.newContext({ storageState: this.states[who] });
    this.opened.push(context);
    return context.newPage();
  }

  /** After each test, one at a time: Playwright's trace recorder trips over concurrent closes. */
  async closeAll() {
    for (const c of this.opened.splice(0)) await c.close();
  }
}
