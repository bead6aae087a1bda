// npm run audit:pages [-- --base http://localhost:3600]
//
// Audits public pages of a running production server (`next start` against a
// seeded database) with real tools:
//   - Lighthouse, desktop preset, in Debian's headless Chromium: accessibility,
//     best practices and SEO must score 100, performance at least 95;
//   - axe-core (through Playwright, same Chromium) after hydration: no
//     violations;
//   - the Nu HTML checker (vnu-jar, needs Java): no errors (warnings are
//     listed but do not count).
// Prints the scores, the failing audits and the HTML errors, then a summary
// table; exits 1 when a target is missed.
//
// Options: --base URL (default http://localhost:3600), --chromium PATH
// (default $CHROMIUM_PATH or /usr/bin/chromium), --runs N (Lighthouse runs per
// page; the median performance run is kept, default 1), --save-dir DIR (keep
// the fetched HTML there), --skip-lighthouse, --skip-axe, --skip-vnu.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const require = createRequire(import.meta.url);

const LIGHTHOUSE_PAGES = ["/", "/articles/will-mara-return-to-harrow-bay-salt-and-ember-season-2", "/tags/salt-and-ember"];
const VNU_PAGES = [...LIGHTHOUSE_PAGES, "/search?q=harrow", "/sections/tv", "/authors/jonah-pell", "/login"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
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
    runs: { type: "string", default: "1" },
    "save-dir": { type: "string" },
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-axe": { type: "boolean", default: false },
    "skip-vnu": { type: "boolean", default: false },
  },
});
const base = options.base.replace(/\/$/, "");

type Scores = Record<Category, number | null>;
type FailingAudit = { category: Category; id: string; title: string; score: number | null; displayValue?: string };
type LighthouseResult = { path: string; scores: Scores; failing: FailingAudit[]; metrics: string };
type AxeResult = { path: string; violations: string[] };
type VnuMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number; firstColumn?: number; lastColumn?: number };
type VnuResult = { path: string; errors: VnuMessage[]; warnings: VnuMessage[] };

async function runLighthouse(port: number, path: string) {
  const result = await lighthouse(base + path, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }, desktopConfig);
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

async function auditLighthouse(): Promise<LighthouseResult[]> {
  const runs = Math.max(1, Number(options.runs) || 1);
  const chrome = await chromeLauncher.launch({ chromePath: options.chromium, chromeFlags: CHROME_FLAGS, logLevel: "error" });
  const results: LighthouseResult[] = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) lhrs.push(await runLighthouse(chrome.port, path));
      // Keep the median run by performance score (all categories from that run).
      lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)];
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          return [id, score == null ? null : Math.round(score * 100)];
        }),
      ) as Scores;
      const failing: FailingAudit[] = [];
      for (const category of CATEGORIES) {
        const score = scores[category];
        if (score !== null && score >= TARGETS[category]) continue;
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
      results.push({ path, scores, failing, metrics });
      const line = CATEGORIES.map((c) => `${c} ${scores[c] ?? "n/a"}`).join(", ");
      console.log(`Lighthouse ${path} (final URL ${lhr.finalDisplayedUrl}): ${line}`);
      console.log(`  ${metrics}`);
      for (const audit of failing) {
        console.log(`  [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
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
  console.log("\nSummary (targets: performance >= 95; accessibility, best-practices, seo = 100; axe violations = 0; vnu errors = 0)");
  console.log(pad("page", width) + CATEGORIES.map((c) => pad(c, 16)).join("") + pad("axe violations", 16) + "vnu errors");
  for (const path of VNU_PAGES) {
    const lh = lighthouseResults.find((r) => r.path === path);
    const vnu = vnuResults.find((r) => r.path === path);
    const cells = CATEGORIES.map((c) => {
      if (!lh) return pad("-", 16);
      const score = lh.scores[c];
      const ok = score !== null && score >= TARGETS[c];
      if (!ok) missed++;
      return pad(`${score ?? "n/a"}${ok ? "" : " MISS"}`, 16);
    });
    const axe = axeResults.find((r) => r.path === path);
    let axeCell = "-";
    if (axe) {
      axeCell = `${axe.violations.length}${axe.violations.length ? " MISS" : ""}`;
      if (axe.violations.length) missed++;
    }
    let vnuCell = "-";
    if (vnu) {
      vnuCell = `${vnu.errors.length}${vnu.errors.length ? " MISS" : ""}`;
      if (vnu.errors.length) missed++;
    }
    console.log(pad(path, width) + cells.join("") + pad(axeCell, 16) + vnuCell);
  }
  console.log(missed ? `\n${missed} target(s) missed.` : "\nAll targets met.");
  process.exit(missed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
