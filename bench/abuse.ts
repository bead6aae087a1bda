// npm run bench:abuse [-- --seconds 20 --rate 100 --skip-build]
// Readers' latency while one client attacks: the production server (as npm
// start runs it) on the demo newsroom in a PostgreSQL of its own; readers ask
// for the home page at a fixed rate (open loop, in a process of their own)
// with no attack, then while one client sends each attack in a loop. Prints p50/p99 per attack against the
// quiet run, the server's peak RSS, and whether it ever restarted or stopped
// answering. Writes bench/results/<stamp>-abuse.json.
import "../scripts/lib/load-env";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { sendBody } from "../tests/http-attack";
import { buildApp, startApp } from "./lib/app";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { describeMachine } from "./lib/machine";
import { openLoopInChild, type OpenLoopResult } from "./lib/open-loop";
import { startOwnPostgres } from "./lib/own-postgres";
import { freePort, stopAll, treeRss, waitForHttp } from "./lib/processes";

const DATABASE = "marquee_bench_abuse";
const PASSWORD = "bench-abuse-password";
const MB = 1024 * 1024;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    rate: { type: "string", default: "100" },
    "skip-build": { type: "boolean", default: false },
  },
});

type Attack = { name: string; once: (i: number) => Promise<number> };
type Row = { attack: string; readers: OpenLoopResult; attackRequests: number; attackStatuses: Record<string, number>; peakRssMb: number; alive: boolean };

function attacks(base: string, token: string, cookie: string, historyPath: string, actionId: string): Attack[] {
  const json = { "content-type": "application/json", authorization: `Bearer ${token}` };
  const post = (body: unknown) =>
    fetch(`${base}/api/admin/articles`, { method: "POST", headers: json, body: JSON.stringify(body) }).then(async (r) => (await r.arrayBuffer(), r.status));
  return [
    {
      name: "300 MB sign-in form, chunked",
      once: async () =>
        (await sendBody(`${base}/api/auth/callback/credentials`, { total: 300 * MB, headers: { "content-type": "application/x-www-form-urlencoded" } })).status,
    },
    { name: "50 MB Admin API body, chunked", once: async () => (await sendBody(`${base}/api/admin/articles`, { total: 50 * MB, headers: json })).status },
    {
      name: "2 GB declared Content-Length",
      once: async () => (await sendBody(`${base}/api/admin/articles`, { total: 8 * MB, declaredLength: 2048 * MB, headers: json })).status,
    },
    {
      name: "30 MB server action body",
      once: async () =>
        (
          await sendBody(`${base}/account/password/x`, {
            total: 30 * MB,
            headers: { "next-action": actionId, "content-type": "text/plain", accept: "text/x-component" },
          })
        ).status,
    },
    {
      name: "wrong passwords, one after another",
      once: async (i) => {
        const csrf = await fetch(`${base}/api/auth/csrf`);
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const form = new URLSearchParams({ csrfToken, email: "admin@marquee.test", password: `guess-${i}`, json: "true" });
        const r = await fetch(`${base}/api/auth/callback/credentials`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: csrf.headers
              .getSetCookie()
              .map((c) => c.split(";")[0])
              .join("; "),
          },
          body: form,
          redirect: "manual",
        });
        await r.arrayBuffer();
        return r.status;
      },
    },
    { name: "<b> nested 200,000 deep (HTML body)", once: () => post({ title: "abuse", bodyHtml: "<b>".repeat(200_000) }) },
    {
      name: "Markdown list nested 700 deep",
      once: () => post({ title: "abuse", bodyMarkdown: Array.from({ length: 700 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n") }),
    },
    { name: "80,000 spaces (Markdown body)", once: () => post({ title: "abuse", bodyMarkdown: `a${" ".repeat(80_000)}b` }) },
    {
      name: "history diff of two 20,000-word revisions",
      once: async () => {
        const r = await fetch(`${base}${historyPath}`, { headers: { cookie } });
        await r.arrayBuffer();
        return r.status;
      },
    },
    {
      name: "random article slugs",
      once: async (i) => {
        const r = await fetch(`${base}/articles/junk-${i}-${randomBytes(4).toString("hex")}`);
        await r.arrayBuffer();
        return r.status;
      },
    },
  ];
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new LaunchError(`Could not sign in as ${email} (${r.status}).`);
  return [...jar, session].join("; ");
}

async function main() {
  const seconds = Number(args.seconds);
  const rate = Number(args.rate);
  if (!(seconds > 0) || !(rate > 0)) throw new LaunchError("--seconds and --rate must be positive numbers.");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(process.cwd(), "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-abuse-server.log`);

  const own = await startOwnPostgres("abuse", DATABASE, PASSWORD);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    DATABASE_URL: own.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SITE_URL: base,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  // The demo accounts are what this run attacks; TRUSTED_PROXIES 0: every request comes from this one client.
  const env: NodeJS.ProcessEnv = { ...process.env, MARQUEE_ALLOW_DEMO: "1", TRUSTED_PROXIES: "0" };
  const sql = postgres(own.url, { max: 2, onnotice: () => {} });
  let lock: { release: () => void } | undefined;
  try {
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase(own.url);
    const { seedDemoContent } = await import("@/db/seed");
    await seedDemoContent({ password: PASSWORD, force: true });

    console.log(`Waiting for ${E2E_LOCK} (e2e runs and benchmarks share .next)…`);
    lock = await acquireLock(E2E_LOCK, 900);
    const machine = await describeMachine();
    if (!(args["skip-build"] && existsSync(".next/BUILD_ID"))) await buildApp(env, logFile);
    const server = startApp("Marquee", port, env, logFile);
    await waitForHttp(`${base}/`, server);

    // An API token and a signed-in editor's cookie, as the attacker who has one would.
    const token = `mq_${randomBytes(24).toString("base64url")}`;
    await sql`insert into api_tokens (user_id, name, prefix, token_hash)
              select id, 'bench:abuse', ${token.slice(0, 9)}, ${createHash("sha256").update(token).digest("hex")} from users where email = 'admin@marquee.test'`;
    const cookie = await signIn(base, "editor@marquee.test", PASSWORD);
    const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `w${(i * seed) % 9973}`).join(" ");
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
    const created = (await (
      await fetch(`${base}/api/admin/articles`, { method: "POST", headers, body: JSON.stringify({ title: "Long diff", bodyMarkdown: words(7) }) })
    ).json()) as { id: string; version: number };
    await fetch(`${base}/api/admin/articles/${created.id}`, {
      method: "PATCH",
      headers,
      body: JSON.stringify({ version: created.version, bodyMarkdown: words(13) }),
    });
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { workers: Record<string, unknown> }>;
    };
    const actionId = Object.keys(manifest.node).find((id) => Object.keys(manifest.node[id].workers).some((w) => w.includes("account/password"))) ?? "0";

    const pid = server.pid;
    const measure = async (name: string, attack?: Attack): Promise<Row> => {
      console.log(`${name}…`);
      let running = true;
      let peak = treeRss(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 250);
      const statuses: Record<string, number> = {};
      let count = 0;
      const loop = (async () => {
        while (attack && running) {
          const status = await attack.once(count).catch((error: Error) => `error: ${error.message.slice(0, 40)}`);
          statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
          count++;
        }
      })();
      // Let the attack get going before readers are timed.
      if (attack) await new Promise((r) => setTimeout(r, 1000));
      const readers = await openLoopInChild(`${base}/`, { rate, seconds });
      running = false;
      await loop;
      clearInterval(sampler);
      const alive =
        server.child.exitCode === null &&
        (await fetch(`${base}/`)
          .then((r) => r.status === 200)
          .catch(() => false));
      return { attack: name, readers, attackRequests: count, attackStatuses: statuses, peakRssMb: Math.round(peak / MB), alive };
    };

    const rows: Row[] = [await measure("no attack")];
    for (const attack of attacks(base, token, cookie, `/admin/articles/${created.id}/history`, actionId)) rows.push(await measure(attack.name, attack));
    rows.push(await measure("no attack, after"));
    // The server is started once: had it died, it would not be answering now.
    const restarts = server.child.exitCode === null ? 0 : 1;

    const command = `npm run bench:abuse -- --seconds ${seconds} --rate ${rate}`;
    writeFileSync(path.join(resultsDir, `${stamp}-abuse.json`), JSON.stringify({ startedAt: stamp, command, machine, rows, restarts }, null, 2));
    print(command, `${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`, rows, restarts);
  } finally {
    lock?.release();
    await stopAll();
    await sql.end({ timeout: 2 }).catch(() => undefined);
    await own.remove();
  }
}

function print(command: string, machine: string, rows: Row[], restarts: number) {
  const quiet = rows[0].readers.latency.p99;
  const table = [["readers while", "p50 ms", "p99 ms", "x quiet p99", "errors", "attack req", "attack answers", "peak RSS MB", "alive"]];
  for (const r of rows) {
    table.push([
      r.attack,
      r.readers.latency.p50.toFixed(1),
      r.readers.latency.p99.toFixed(1),
      (r.readers.latency.p99 / quiet).toFixed(2),
      String(r.readers.errors + r.readers.non200),
      String(r.attackRequests),
      Object.entries(r.attackStatuses)
        .map(([s, n]) => `${s}x${n}`)
        .join(" "),
      String(r.peakRssMb),
      r.alive ? "yes" : "NO",
    ]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(`\n${command}\n${machine}\n`);
  console.log(table.map((r) => r.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")).join("\n"));
  console.log(`\nRestarts: ${restarts}. Targets: reader p99 under attack <= 2x the quiet p99, RSS under 300 MB, 0 restarts.`);
}

main()
  .then(() => process.exit(0))
  .catch(exitWithError);
