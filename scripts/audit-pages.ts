// npm run audit:pages [-- --base http://localhost:3600]
//
// Audits public pages of a running production server (`next start` against a
// seeded database) with real tools:
//   - Lighthouse in Debian's headless Chromium, with its desktop and its mobile
//     profile (a mid-range phone: 4x slower CPU, slow 4G, both simulated):
//     accessibility, best practices and SEO must score 100, performance at
//     least 95 on desktop and 90 on mobile; each run also reports LCP, TBT,
//     CLS and the page's script bytes (transferred and uncompressed);
//   - axe-core (through Playwright, same Chromium) after hydration: no
//     violations;
//   - the Nu HTML checker (vnu-jar, needs Java): no errors (warnings are
//     listed but do not count).
// Prints the scores, the failing audits and the HTML errors, then a summary
// table; exits 1 when a target is missed.
//
// Options: --base URL (default http://localhost:3600), --chromium PATH
// (default $CHROMIUM_PATH or /usr/bin/chromium), --profile desktop|mobile|both
// (default both), --runs N (Lighthouse runs per page and profile; the run with
// the median performance score is kept, default 1), --save-dir DIR (keep the
// fetched HTML there), --skip-lighthouse, --skip-axe, --skip-vnu.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Config, type Result } from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const require = createRequire(import.meta.url);

// The article is the demo's lead story, whose hero is a library photo: its LCP is that picture.
const LIGHTHOUSE_PAGES = ["/", "/articles/will-mara-return-to-harrow-bay-salt-and-ember-season-2", "/tags/salt-and-ember"];
const VNU_PAGES = [...LIGHTHOUSE_PAGES, "/search?q=harrow", "/sections/tv", "/authors/jonah-pell", "/login"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const PROFILES = ["desktop", "mobile"] as const;
type Profile = (typeof PROFILES)[number];
// Lighthouse's default configuration is its mobile profile.
const CONFIGS: Record<Profile, Config | undefined> = { desktop: desktopConfig, mobile: undefined };
const TARGETS: Record<Profile, Record<Category, number>> = {
  desktop: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 },
  mobile: { performance: 90, accessibility: 100, "best-practices": 100, seo: 100 },
};
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const { values: options } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3600" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    profile: { type: "string", default: "both" },
    runs: { type: "string", default: "1" },
    "save-dir": { type: "string" },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-axe": { type: "boolean", default: false },
    "skip-vnu": { type: "boolean", default: false },
  },
});
const base = options.base.replace(/\/$/, "");
const profiles: Profile[] = options.profile === "both" ? [...PROFILES] : PROFILES.filter((p) => p === options.profile);
if (profiles.length === 0) throw new Error(`--profile must be desktop, mobile or both, not ${options.profile}`);

type Scores = Record<Category, number | null>;
type FailingAudit = { category: Category; id: string; title: string; score: number | null; displayValue?: string };
type ScriptBytes = { count: number; transfer: number; resource: number };
type LighthouseResult = { path: string; profile: Profile; scores: Scores; failing: FailingAudit[]; metrics: string; script: ScriptBytes; runs: number[] };
type AxeResult = { path: string; violations: string[] };
type VnuMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number; firstColumn?: number; lastColumn?: number };
type VnuResult = { path: string; errors: VnuMessage[]; warnings: VnuMessage[] };

async function runLighthouse(port: number, path: string, profile: Profile) {
  const result = await lighthouse(base + path, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }, CONFIGS[profile]);
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/** The script the page loaded, from Lighthouse's own request log. */
function scriptBytes(lhr: Result): ScriptBytes {
  const details = lhr.audits["network-requests"]?.details;
  const items = details?.type === "table" ? details.items : [];
  const scripts = items.filter((item) => item.resourceType === "Script");
  const sum = (key: string) => scripts.reduce((total, item) => total + (typeof item[key] === "number" ? item[key] : 0), 0);
  return { count: scripts.length, transfer: sum("transferSize"), resource: sum("resourceSize") };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const describeScript = (s: ScriptBytes) => `script ${s.count} file(s), ${kB(s.transfer)} transferred, ${kB(s.resource)} uncompressed`;

function summarize(path: string, profile: Profile, lhrs: Result[]): LighthouseResult {
  const runs = lhrs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100));
  // Keep the median run by performance score (all categories from that run).
  const sorted = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, score == null ? null : Math.round(score * 100)];
    }),
  ) as Scores;
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const score = scores[category];
    if (score !== null && score >= TARGETS[profile][category]) continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      if (audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual" || audit.scoreDisplayMode === "informative") continue;
      // Performance: metrics and opportunities that cost points; the others only those that fail.
      if (category !== "performance" && audit.score === 1) continue;
      failing.push({ category, id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
    }
  }
  const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? "n/a"}`).join(", ");
  const script = scriptBytes(lhr);
  const line = CATEGORIES.map((c) => `${c} ${scores[c] ?? "n/a"}`).join(", ");
  console.log(
    `Lighthouse ${profile} ${path} (final URL ${lhr.finalDisplayedUrl}): ${line}${runs.length > 1 ? ` (performance per run: ${runs.join(", ")})` : ""}`,
  );
  console.log(`  ${metrics}`);
  console.log(`  ${describeScript(script)}`);
  for (const audit of failing) {
    console.log(`  [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
  }
  return { path, profile, scores, failing, metrics, script, runs };
}

async function auditLighthouse(): Promise<LighthouseResult[]> {
  const runs = Math.max(1, Number(options.runs) || 1);
  const chrome = await chromeLauncher.launch({ chromePath: options.chromium, chromeFlags: CHROME_FLAGS, logLevel: "error" });
  const results: LighthouseResult[] = [];
  try {
    for (const profile of profiles) {
      for (const path of LIGHTHOUSE_PAGES) {
        const lhrs = [];
        for (let i = 0; i < runs; i++) lhrs.push(await runLighthouse(chrome.port, path, profile));
        results.push(summarize(path, profile, lhrs));
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function auditAxe(): Promise<AxeResult[]> {
  const browser = await chromium.launch({ executablePath: options.chromium, args: CHROME_FLAGS.filter((f) => f !== "--headless") });
  const results: AxeResult[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of VNU_PAGES) {
      await page.goto(base + path, { waitUntil: "networkidle" });
      const { violations } = await new AxeBuilder({ page }).analyze();
      const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      results.push({ path, violations: lines });
      console.log(`axe ${path}: ${violations.length} violation(s)`);
      for (const line of lines) console.log(`  ${line}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}

function runVnu(html: string): Promise<VnuMessage[]> {
  const jar = String(require("vnu-jar"));
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-Xss1024k", "-jar", jar, "--format", "json", "--stdout", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", () => {
      try {
        resolve((JSON.parse(stdout) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu produced no JSON report: ${stderr || stdout}`));
      }
    });
    child.stdin.end(html);
  });
}

async function auditHtml(): Promise<VnuResult[]> {
  const results: VnuResult[] = [];
  for (const path of VNU_PAGES) {
    const response = await fetch(base + path, { headers: { accept: "text/html" } });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    const html = await response.text();
    if (options["save-dir"]) {
      mkdirSync(options["save-dir"], { recursive: true });
      const name = path === "/" ? "home" : path.slice(1).replace(/[^a-z0-9]+/gi, "_");
      writeFileSync(join(options["save-dir"], `${name}.html`), html);
    }
    const messages = await runVnu(html);
    const errors = messages.filter((m) => m.type === "error" || m.type === "non-document-error");
    const warnings = messages.filter((m) => m.type === "info" && m.subType === "warning");
    results.push({ path, errors, warnings });
    console.log(`vnu ${path}: ${errors.length} error(s), ${warnings.length} warning(s)`);
    for (const m of errors)
      console.log(
        `  error line ${m.lastLine ?? "?"}:${m.firstColumn ?? "?"}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`,
      );
    for (const m of warnings) console.log(`  warning line ${m.lastLine ?? "?"}: ${m.message}`);
  }
  return results;
}

function pad(value: string, width: number) {
  return value.length >= width ? value : value + " ".repeat(width - value.length);
}

async function main() {
  const lighthouseResults = options["skip-lighthouse"] ? [] : await auditLighthouse();
  const axeResults = options["skip-axe"] ? [] : await auditAxe();
  const vnuResults = options["skip-vnu"] ? [] : await auditHtml();

  let missed = 0;
  const width = Math.max(...VNU_PAGES.map((p) => p.length)) + 2;
  const columns = options["skip-lighthouse"] ? [] : profiles.flatMap((profile) => CATEGORIES.map((category) => ({ profile, category })));
  const targets = profiles.map((p) => `${p} performance >= ${TARGETS[p].performance}`).join(", ");
  console.log(`\nSummary (targets: ${targets}; accessibility, best-practices, seo = 100; axe violations = 0; vnu errors = 0)`);
  console.log(
    pad("page", width) + columns.map(({ profile, category }) => pad(`${profile} ${category}`, 24)).join("") + pad("axe violations", 16) + "vnu errors",
  );
  for (const path of VNU_PAGES) {
    const cells = columns.map(({ profile, category }) => {
      const lh = lighthouseResults.find((r) => r.path === path && r.profile === profile);
      if (!lh) return pad("-", 24);
      const score = lh.scores[category];
      const ok = score !== null && score >= TARGETS[profile][category];
      if (!ok) missed++;
      return pad(`${score ?? "n/a"}${ok ? "" : " MISS"}`, 24);
    });
    const axe = axeResults.find((r) => r.path === path);
    let axeCell = "-";
    if (axe) {
      axeCell = `${axe.violations.length}${axe.violations.length ? " MISS" : ""}`;
      if (axe.violations.length) missed++;
    }
    const vnu = vnuResults.find((r) => r.path === path);
    let vnuCell = "-";
    if (vnu) {
      vnuCell = `${vnu.errors.length}${vnu.errors.length ? " MISS" : ""}`;
      if (vnu.errors.length) missed++;
    }
    console.log(pad(path, width) + cells.join("") + pad(axeCell, 16) + vnuCell);
  }
  if (lighthouseResults.length) {
    console.log("\nLighthouse metrics and script (the median run of each page and profile)");
    for (const r of lighthouseResults) console.log(`${pad(r.profile, 8)} ${pad(r.path, width)} ${r.metrics}; ${describeScript(r.script)}`);
  }
  console.log(missed ? `\n${missed} target(s) missed.` : "\nAll targets met.");
  process.exit(missed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
