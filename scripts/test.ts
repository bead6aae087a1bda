// npm test: lint, type check, unit tests, integration tests against a real
// PostgreSQL, and the Playwright suite in a real Chromium against
// `next build` + the production server (dist/server.mjs). `npm test -- unit|integration|e2e` runs one part.
import "./lib/load-env";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import postgres from "postgres";
import { bundleEntryPoints } from "./lib/bundle";
import { findChromium } from "./lib/chromium";
import { createDatabaseIfMissing, prepareDatabase, withDatabaseName } from "./lib/database";
import { exitWithError, LaunchError } from "./lib/fail";

const parts = ["lint", "typecheck", "unit", "integration", "e2e"] as const;
type Part = (typeof parts)[number];
const E2E_PASSWORD = "e2e-demo-password";
// Per run, so two runs against one server (two developers, a developer and CI) never share a database.
const TEMPLATE_DB = `marquee_test_template_${process.pid}`;
const E2E_DB = `marquee_e2e_${process.pid}`;
const tally = { passed: 0, failed: 0 };
let playwrightArgs: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv) {
  const code = await run(command, args, env);
  if (code !== 0) throw new LaunchError(`${name} failed (exit code ${code}).`);
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
}

async function recreate(serverUrl: string, name: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists "${name}" with (force)`);
  await sql.end({ timeout: 5 });
}

async function main() {
  // Anything after "--" goes to Playwright (npm test -- e2e -- e2e/people.spec.ts),
  // or to Vitest when only integration runs (npm test -- integration -- lib/publishing).
  const args = process.argv.slice(2);
  const split = args.indexOf("--");
  playwrightArgs = split >= 0 ? args.slice(split + 1) : [];
  const wanted = (split >= 0 ? args.slice(0, split) : args) as Part[];
  const selected = wanted.length ? wanted : [...parts];
  for (const p of selected) if (!parts.includes(p)) throw new LaunchError(`Unknown part "${p}". Parts: ${parts.join(", ")}.`);
  rmSync("test-results", { recursive: true, force: true });

  if (selected.includes("lint")) await step("Lint", "npx", ["eslint", "."]);
  if (selected.includes("typecheck")) await step("Type check", "npx", ["tsc", "--noEmit"]);
  if (selected.includes("unit")) {
    const code = await run("npx", ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"]);
    countVitest("test-results/unit.json");
    if (code !== 0) throw new LaunchError(`Unit tests failed (exit code ${code}).`);
  }
  const needsDatabase = selected.includes("integration") || selected.includes("e2e");
  if (!needsDatabase) return;

  const chromium = selected.includes("e2e") ? await findChromium() : null;
  const given = process.env.DATABASE_URL;
  const serverUrl = given ? withDatabaseName(given, "postgres") : null;
  if (serverUrl) {
    await recreate(serverUrl, TEMPLATE_DB);
    await createDatabaseIfMissing(serverUrl, TEMPLATE_DB);
  }
  delete process.env.DATABASE_URL;
  if (given) process.env.DATABASE_URL = withDatabaseName(given, TEMPLATE_DB);
  const template = await prepareDatabase(TEMPLATE_DB);
  const admin = serverUrl ?? template.embedded!.url("postgres");
  try {
    if (selected.includes("integration")) {
      const env: NodeJS.ProcessEnv = { ...process.env, MARQUEE_TEST_SERVER_URL: admin, MARQUEE_TEST_TEMPLATE: TEMPLATE_DB };
      delete env.DATABASE_URL;
      const code = await run(
        "npx",
        [
          "vitest",
          "run",
          "--project",
          "integration",
          "--reporter=default",
          "--reporter=json",
          "--outputFile=test-results/integration.json",
          ...(selected.includes("e2e") ? [] : playwrightArgs),
        ],
        env,
      );
      countVitest("test-results/integration.json");
      if (code !== 0) throw new LaunchError(`Integration tests failed (exit code ${code}).`);
    }
    if (chromium) await runE2e(admin, chromium);
  } finally {
    await recreate(admin, E2E_DB).catch(() => {});
    await recreate(admin, TEMPLATE_DB).catch(() => {});
    await template.embedded?.stop();
  }
}

async function runE2e(adminUrl: string, chromium: string) {
  await recreate(adminUrl, E2E_DB);
  const sqlAdmin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await sqlAdmin.unsafe(`create database "${E2E_DB}"`);
  await sqlAdmin.end({ timeout: 5 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: withDatabaseName(adminUrl, E2E_DB),
    MARQUEE_DEMO_PASSWORD: E2E_PASSWORD,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-auth-secret-0123456789abcdef0123456789",
    SITE_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    CHROMIUM_PATH: chromium,
    NODE_ENV: "production",
    // The abuse spec sends X-Forwarded-For as a proxy in front would (e2e/abuse.spec.ts).
    TRUSTED_PROXIES: "1",
  };
  // Demo content first: `next build` prerenders the home page from it.
  await step("Seeding the e2e database", process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/db.ts", "seed", "--force"], env);
  // As `npm run build` does: `next build`, then the server bundle the suite serves (dist/server.mjs).
  await step("next build", "npx", ["next", "build"], env);
  await bundleEntryPoints();
  // The suite starts Varnish on this port (e2e/support/edge-global-setup.ts); the app purges it after each publish.
  const edge = `http://127.0.0.1:${process.env.E2E_EDGE_PORT ?? 6100}/`;
  const code = await run("npx", ["playwright", "test", ...playwrightArgs], {
    ...env,
    E2E_PASSWORD,
    EDGE_PURGE_URLS: edge,
    EDGE_PURGE_SECRET: crypto.randomUUID() + crypto.randomUUID(),
  });
  countPlaywright("test-results/e2e.json");
  if (code !== 0) throw new LaunchError(`End-to-end tests failed (exit code ${code}).`);
}

main()
  .then(() => {
    console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
    process.exit(0);
  })
  .catch((error) => {
    console.log(`\n${tally.passed} passed, ${Math.max(tally.failed, 1)} failed`);
    exitWithError(error);
  });
