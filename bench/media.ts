// npm run bench:media [-- --uploads 10 --seconds 15 --rounds 3 --skip-build]
// The media benchmark, against the production build on a PostgreSQL of its
// own, media stored on local disk as `npm start` ships by default:
//   1. uploads of distinct 12-megapixel JPEGs (about 4 MB each) one at a
//      time through POST /api/admin/media: the response time, and the time
//      until the item lists its variants (made after the answer) and every
//      one answers 200;
//   2. four such uploads at once: the server's resident memory (process tree),
//      sampled every 100 ms;
//   3. a cached variant read by wrk from the app, against bare Node answering
//      the same bytes from memory.
// Prints a table and writes bench/results/<timestamp>-media.json.
import "../scripts/lib/load-env";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { exitWithError, LaunchError } from "../scripts/lib/fail";
import { buildApp, startApp } from "./lib/app";
import { sleep } from "./lib/http";
import { acquireLock, E2E_LOCK } from "./lib/lock";
import { describeMachine } from "./lib/machine";
import { startOwnPostgres } from "./lib/own-postgres";
import { photoJpeg } from "./lib/photos";
import { freePort, startProcess, stopAll, treeRss, waitForHttp } from "./lib/processes";
import { sampleRss } from "./lib/sampler";
import { summarize, type Summary } from "./lib/stats";
import { measureThroughput } from "./lib/throughput";

const { values: args } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    uploads: { type: "string", default: "10" },
    seconds: { type: "string", default: "15" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
  },
});
const whole = (name: "uploads" | "seconds" | "rounds" | "connections") => {
  const n = Number(args[name]);
  if (!Number.isInteger(n) || n < 1) throw new LaunchError(`--${name} must be a whole number above 0.`);
  return n;
};

const PASSWORD = "bench-media-password";
const PHOTO = { width: 4000, height: 3000 };
const RSS_TARGET_BYTES = 300 * 1024 * 1024;

type Variant = { width: number; format: string; url: string };
type Uploaded = { status: number; ms: number; id: string; error?: string };

async function upload(base: string, token: string, bytes: Buffer, name: string): Promise<Uploaded> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
  form.append("alt", "A benchmark photo of a red carpet at dusk");
  form.append("credit", "Marquee bench");
  const started = performance.now();
  const response = await fetch(`${base}/api/admin/media`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 201) return { status: response.status, ms, id: "", error: text.slice(0, 300) };
  const { media } = JSON.parse(text) as { media: { id: string } };
  return { status: response.status, ms, id: media.id };
}

/**
 * Milliseconds from `since` until the item lists its variants (the upload
 * answers before they are made) and every one of them answers 200, polled
 * every 25 ms; null after `timeoutMs`.
 */
async function variantsReady(base: string, token: string, id: string, since: number, timeoutMs = 120_000): Promise<number | null> {
  let variants: Variant[] = [];
  while (!variants.length) {
    if (performance.now() - since > timeoutMs) return null;
    const response = await fetch(`${base}/api/admin/media/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    const { media } = (await response.json()) as { media: { processing: boolean; variants: Variant[] } };
    if (!media.processing) variants = media.variants;
    else await sleep(25);
  }
  for (const v of variants) {
    const response = await fetch(v.url.startsWith("http") ? v.url : `${base}${v.url}`, { method: "HEAD" });
    if (response.status !== 200) throw new Error(`${v.url} answered ${response.status} once listed`);
  }
  lastVariants.set(id, variants);
  return performance.now() - since;
}

/** The variants each item listed once ready. */
const lastVariants = new Map<string, Variant[]>();

const f = (n: number | null | undefined) => (n === null || n === undefined ? "-" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const line = (s: Summary) => `p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, max ${f(s.max)} ms (n=${s.n})`;

async function main() {
  const uploads = whole("uploads");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(process.cwd(), "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const logFile = path.join(resultsDir, `${stamp}-media-servers.log`);
  const mediaDir = mkdtempSync(path.join(tmpdir(), "marquee-bench-media-"));
  const own = await startOwnPostgres("media", "marquee_bench_media", PASSWORD);
  const cleanups: (() => Promise<unknown> | unknown)[] = [own.remove, () => rmSync(mediaDir, { recursive: true, force: true })];
  const cleanup = async () => {
    await stopAll();
    for (const step of cleanups.splice(0).reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().then(() => process.exit(130)));

  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    Object.assign(process.env, {
      DATABASE_URL: own.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      SITE_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDIA_STORAGE: "local",
      MEDIA_LOCAL_DIR: mediaDir,
    });
    const env: NodeJS.ProcessEnv = { ...process.env };
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase(own.url);
    const { seedDemoContent } = await import("@/db/seed");
    await seedDemoContent({ password: PASSWORD, force: true });
    const token = await benchToken();

    console.log(`Waiting for ${E2E_LOCK} (e2e runs and benchmarks share .next)…`);
    const lock = await acquireLock(E2E_LOCK, 900);
    cleanups.push(() => lock.release());
    const machine = await describeMachine();
    if (!(args["skip-build"] && existsSync(".next/BUILD_ID"))) await buildApp(env, logFile);
    const marquee = startApp("Marquee", port, env, logFile);
    await waitForHttp(`${base}/robots.txt`, marquee);
    // What the server holds before any image work: pages rendered once, then measured.
    for (const page of ["/", "/feed.xml", "/admin"]) await fetch(`${base}${page}`).then((r) => r.arrayBuffer());
    await sleep(1_000);
    const freshRssBytes = treeRss(marquee.pid);

    console.log(`Making ${uploads + 4} distinct ${PHOTO.width}x${PHOTO.height} JPEGs…`);
    const photos: Buffer[] = [];
    for (let i = 0; i < uploads + 4; i++) photos.push(await photoJpeg(PHOTO.width, PHOTO.height, Date.now() + i));
    const photoBytes = summarize(photos.map((p) => p.length));

    // 1. One at a time.
    console.log(`${uploads} uploads, one at a time…`);
    const single: { responseMs: number; allVariantsMs: number | null; variants: number }[] = [];
    for (let i = 0; i < uploads; i++) {
      const started = performance.now();
      const done = await upload(base, token, photos[i], `red-carpet-${i}.jpg`);
      if (done.status !== 201) throw new Error(`upload answered ${done.status}: ${done.error}`);
      const allVariantsMs = await variantsReady(base, token, done.id, started);
      single.push({ responseMs: done.ms, allVariantsMs, variants: lastVariants.get(done.id)?.length ?? 0 });
    }

    // 2. Four at once, memory sampled.
    console.log("4 uploads at once, resident memory sampled…");
    const sampler = sampleRss(marquee.pid, 100);
    sampler.phase("idle");
    await sleep(500);
    sampler.phase("4 uploads");
    const concurrentStarted = performance.now();
    const four = await Promise.all(photos.slice(uploads, uploads + 4).map((p, i) => upload(base, token, p, `premiere-${i}.jpg`)));
    const fourVariants = await Promise.all(four.map((u) => variantsReady(base, token, u.id, concurrentStarted)));
    const memory = sampler.stop();
    const failed = four.filter((u) => u.status !== 201);
    if (failed.length) throw new Error(`concurrent uploads answered ${failed.map((u) => u.status).join(", ")}: ${failed[0].error}`);

    // 3. A cached variant against bare Node with the same bytes.
    const sample = pickVariant(lastVariants.get(four[0].id) ?? []);
    const variantUrl = sample.url.startsWith("http") ? sample.url : `${base}${sample.url}`;
    const fetched = await fetch(variantUrl);
    const bytes = Buffer.from(await fetched.arrayBuffer());
    const headers = Object.fromEntries(["content-type", "cache-control", "xkey", "x-marquee-cache"].map((h) => [h, fetched.headers.get(h) ?? ""]));
    const bytesFile = path.join(mediaDir, "bare-variant");
    writeFileSync(bytesFile, bytes);
    const barePort = await freePort();
    const bare = startProcess(
      "bare Node",
      process.execPath,
      ["--import", "tsx", path.join(process.cwd(), "bench", "bare-server.ts"), bytesFile, String(barePort), "identity", headers["content-type"]],
      { env, port: barePort, logFile },
    );
    await waitForHttp(`http://127.0.0.1:${barePort}/`, bare);
    const load = { connections: whole("connections"), threads: 2, seconds: whole("seconds"), warmupSeconds: 2, rounds: whole("rounds") };
    const variantPath = new URL(variantUrl).pathname;
    const throughput = await measureThroughput(
      [
        { name: `Marquee ${sample.width} ${sample.format}`, server: marquee, path: variantPath },
        { name: "bare Node, same bytes", server: bare, path: "/" },
      ],
      load,
      (step) => console.log(`wrk ${step}…`),
    );
    const [app, floor] = throughput;
    const ratio = app.requestsPerSecond && floor.requestsPerSecond ? app.requestsPerSecond / floor.requestsPerSecond : null;

    const responses = summarize(single.map((s) => s.responseMs));
    const readyTimes = single.map((s) => s.allVariantsMs).filter((v): v is number => v !== null);
    const ready = readyTimes.length ? summarize(readyTimes) : null;
    const command = `npm run bench:media -- ${process.argv.slice(2).join(" ")}`.trim();
    const results = {
      startedAt: stamp,
      command,
      machine,
      photo: { ...PHOTO, bytes: photoBytes },
      single,
      freshRssBytes,
      concurrent: { responseMs: four.map((u) => u.ms), allVariantsMs: fourVariants, maxRssBytes: memory.maxBytes, rssByPhase: memory.byPhase },
      variant: { url: variantPath, bytes: bytes.length, headers },
      throughput,
      ratio,
    };
    const file = path.join(resultsDir, `${stamp}-media.json`);
    writeFileSync(file, JSON.stringify(results, null, 2));

    const lines = [
      command,
      `${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverage.map((l) => l.toFixed(2)).join(" ")}`,
      `Photos: ${PHOTO.width}x${PHOTO.height} JPEG, ${(photoBytes.p50 / 1e6).toFixed(1)} MB median; ${single[0]?.variants ?? 0} variants each`,
      `Upload, one at a time: response ${line(responses)}   (target p50 <= 1000 ms)`,
      `  every variant answering, from the request: ${ready ? line(ready) : "never"}${readyTimes.length < single.length ? `, ${single.length - readyTimes.length} never within 120 s` : ""}`,
      `4 uploads at once: responses ${four.map((u) => f(u.ms)).join(", ")} ms; every variant of all four ${f(Math.max(...fourVariants.map((v) => v ?? Infinity)))} ms`,
      `  server resident memory: ${mb(memory.maxBytes)} at most (target <= ${mb(RSS_TARGET_BYTES)}); before them ${mb(memory.byPhase.idle ?? 0)}, fresh after start ${mb(freshRssBytes)}`,
      `Cached variant ${variantPath} (${bytes.length} bytes, ${headers["cache-control"]}, page cache: ${headers["x-marquee-cache"] || "-"}):`,
      ...throughput.map(
        (t) =>
          `  ${t.name.padEnd(28)} ${t.available ? `${f(t.requestsPerSecond)} req/s, p50 ${f(t.p50Ms)} ms, p99 ${f(t.p99Ms)} ms, non-2xx ${t.non2xx}` : t.note}`,
      ),
      `  Marquee / bare Node: ${ratio === null ? "-" : ratio.toFixed(2)} (target >= 0.5)`,
      `Results: ${path.relative(process.cwd(), file)}`,
    ];
    console.log(`\n${lines.join("\n")}`);
  } finally {
    await cleanup();
  }
}

/** The variant a phone's article page fetches: 960 wide, AVIF if there is one. */
function pickVariant(variants: Variant[]): Variant {
  const rank = (v: Variant) => Math.abs(v.width - 960) * 10 + (v.format === "avif" ? 0 : v.format === "webp" ? 1 : 2);
  const best = [...variants].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) throw new Error("the upload listed no variants");
  return best;
}

/** An admin's API token, made through the app's own command. */
async function benchToken(): Promise<string> {
  const { eq } = await import("drizzle-orm");
  const { db } = await import("@/db/client");
  const { users } = await import("@/db/schema");
  const { createApiToken } = await import("@/lib/auth/tokens");
  const [admin] = await db.select().from(users).where(eq(users.role, "admin")).limit(1);
  const actor = { id: admin.id, role: admin.role, name: admin.name };
  return (await createApiToken(actor, { name: "bench:media", userId: admin.id })).token;
}

main().then(() => process.exit(0), exitWithError);
