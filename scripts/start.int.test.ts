// npm start and the demo accounts, as an operator meets them: the real
// scripts against a database holding the demo newsroom the seed creates.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seedDemoContent } from "@/db/seed";
import { activeDemoAccounts, DEMO_EMAILS } from "./lib/demo-accounts";

/** Runs a script as `npm run` would; an `undefined` in `env` unsets that variable. */
function run(script: string, env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", script], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 90_000,
  });
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("ExperimentalWarning"));
  return { code: result.status, stdout: result.stdout, lines };
}

const production = { NODE_ENV: "production", SITE_URL: "https://news.example.com", AUTH_SECRET: "s".repeat(40) };

describe("npm start on a database with the demo accounts", () => {
  it("refuses it in one line that says how to go on, until admin:create has deactivated them", async () => {
    await seedDemoContent({ password: "demo-password-for-this-test" });
    expect((await activeDemoAccounts()).map((a) => a.email).sort()).toEqual([...DEMO_EMAILS].sort());

    const refused = run("scripts/start.ts", production);
    expect(refused.code).toBe(1);
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toMatch(/^✖ This database has active demo accounts with a known password \(.*@marquee\.test.*\), so npm start refuses it\./);
    expect(refused.lines[0]).toContain("npm run admin:create");
    expect(refused.lines[0]).toContain("MARQUEE_ALLOW_DEMO=1");

    const created = run("scripts/create-admin.ts", { ADMIN_EMAIL: "chief@paper.example", ADMIN_NAME: "Rowan Chief", ADMIN_PASSWORD: "a long admin password" });
    expect(created.lines).toEqual([]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Demo accounts deactivated");
    expect(await activeDemoAccounts()).toEqual([]);
  });

  it("says in one line that production needs SITE_URL, and what it must be", () => {
    const missing = run("scripts/start.ts", { ...production, SITE_URL: undefined });
    expect(missing.code).toBe(1);
    expect(missing.lines).toEqual(["✖ Invalid configuration: SITE_URL is required in production: set it to the public origin, such as https://news.example.com"]);
    const withPath = run("scripts/start.ts", { ...production, SITE_URL: "https://news.example.com/site" });
    expect(withPath.code).toBe(1);
    expect(withPath.lines).toEqual([
      "✖ Invalid configuration: SITE_URL must be the public origin: an absolute http(s) URL without path or query, such as https://news.example.com",
    ]);
  });
});
