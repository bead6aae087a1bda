// GET /api/ready and /api/health as a load balancer or Varnish's probe sees
// them, against a real PostgreSQL: 200 only when the database answers, the
// migrations this build ships are applied and the background loops run.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { eq } from "drizzle-orm";
import { db, sql } from "@/db/client";
import { articles } from "@/db/schema";
import journal from "@/drizzle/meta/_journal.json";
import { startInvalidationListener } from "@/lib/cache/invalidation-listener";
import { transitionArticle } from "@/lib/publishing/commands";
import { schedulerLiveness, startSchedulerLoop } from "@/lib/publishing/scheduler-loop";
import { makeArticle, makeUser } from "@/tests/factories";
import { checkReadiness, DATABASE_TIMEOUT_MS } from "./readiness";

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let scheduler: ReturnType<typeof startSchedulerLoop> | undefined;
let listener: ReturnType<typeof startInvalidationListener> | undefined;

beforeAll(() => {
  // What every server process runs: the scheduler (in its own thread there) and the listener.
  scheduler = startSchedulerLoop(quiet);
  listener = startInvalidationListener(quiet);
});
afterAll(async () => {
  await scheduler?.stop();
  await listener?.stop();
});

const get = (path: string) => new Request(`http://localhost${path}`);

async function answer(response: Response) {
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: await response.json() };
}

describe("GET /api/health", () => {
  it("answers 200 while the process is up, never cached", async () => {
    const { status, cacheControl, body } = await answer(await health(get("/api/health")));
    expect(status).toBe(200);
    expect(cacheControl).toBe("no-store");
    expect(body.status).toBe("ok");
  });
});

describe("GET /api/ready", () => {
  it("answers 200 with every check passing when the process can serve", async () => {
    // The listener's LISTEN connection opens a moment after it starts.
    await expect.poll(async () => (await ready(get("/api/ready"))).status, { timeout: 10_000 }).toBe(200);
    const { cacheControl, body } = await answer(await ready(get("/api/ready")));
    expect(cacheControl).toBe("no-store");
    expect(body.status).toBe("ready");
    expect(body.checks).toEqual({
      database: { ok: true, ms: expect.any(Number) },
      migrations: { ok: true, applied: journal.entries.length, expected: journal.entries.length },
      scheduler: { ok: true, mode: "in-process", lastPassAt: expect.any(String) },
      invalidationListener: { ok: true, heardAt: expect.any(String) },
    });
  });

  it("gives a flood of simultaneous probes one shared answer, and checks afresh afterwards", async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => ready(get("/api/ready")).then(answer)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    // One check for all of them: the same measured database time and the same listener time.
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const later = await answer(await ready(get("/api/ready")));
    expect(later.status).toBe(200);
  });

  it("answers 503 naming the migration when the database is behind this build", async () => {
    const [removed] = await sql<{ id: number; hash: string; created_at: string }[]>`
      delete from drizzle.__drizzle_migrations
      where created_at = (select max(created_at) from drizzle.__drizzle_migrations)
      returning id, hash, created_at::text as created_at
    `;
    try {
      const { status, cacheControl, body } = await answer(await ready(get("/api/ready")));
      expect(status).toBe(503);
      expect(cacheControl).toBe("no-store");
      expect(body.status).toBe("not ready");
      expect(body.checks.migrations.ok).toBe(false);
      expect(body.checks.migrations.reason).toContain(journal.entries.at(-1)!.tag);
      expect(body.checks.database.ok).toBe(true);
    } finally {
      await sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${removed.id}, ${removed.hash}, ${removed.created_at})`;
    }
    expect((await ready(get("/api/ready"))).status).toBe(200);
  });

  it("stays ready when a newer release has migrated the database further", async () => {
    const later = Date.now();
    await sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-release', ${later})`;
    try {
      const { status, body } = await answer(await ready(get("/api/ready")));
      expect(status).toBe(200);
      expect(body.checks.migrations.unknown).toMatch(/1 applied migration/);
    } finally {
      await sql`delete from drizzle.__drizzle_migrations where hash = 'from-a-newer-release'`;
    }
  });

  it("answers not ready, with a reason, when a database holds the connection open and never answers", async () => {
    // Accepts the connection and says nothing: only the check's own time limit ends the wait.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    const hanging = postgres(`postgres://postgres@127.0.0.1:${port}/marquee`, { max: 1, connect_timeout: 30, onnotice: () => {} });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const readiness = await checkReadiness({ sql: hanging });
      expect(readiness.status).toBe("not ready");
      expect(readiness.checks.database).toEqual({ ok: false, reason: `no answer within ${DATABASE_TIMEOUT_MS} ms` });
    } finally {
      stderr.mockRestore();
      await hanging.end({ timeout: 0 }).catch(() => undefined);
      silent.close();
    }
  });

  it("answers not ready when the database cannot be reached, and logs why", async () => {
    const unreachable = postgres("postgres://postgres@127.0.0.1:1/marquee", { max: 1, connect_timeout: 1, onnotice: () => {} });
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const readiness = await checkReadiness({ sql: unreachable });
      expect(readiness.status).toBe("not ready");
      expect(readiness.checks.database).toEqual({ ok: false, reason: expect.any(String) });
      expect(readiness.checks.migrations.ok).toBe(false);
      const logged = stderr.mock.calls.map(([chunk]) => JSON.parse(String(chunk)));
      expect(logged).toContainEqual(expect.objectContaining({ level: "error", source: "ready", msg: "database check failed" }));
    } finally {
      stderr.mockRestore();
      await unreachable.end({ timeout: 1 });
    }
  });

  it("reports a scheduler that runs in another process (npm run scheduler) as external, not failing", async () => {
    const readiness = await checkReadiness({ schedulerHere: false });
    expect(readiness.checks.scheduler).toEqual({ ok: true, mode: "external" });
    expect(readiness.status).toBe("ready");
  });

  it("calls a scheduler loop stalled once no pass has ended for longer than its longest sleep plus 30 s", () => {
    const live = schedulerLiveness();
    expect(live.alive).toBe(true);
    const lastPass = Date.parse(live.alive ? live.lastPassAt : "");
    expect(schedulerLiveness(lastPass + 90_000).alive).toBe(true);
    expect(schedulerLiveness(lastPass + 90_001)).toEqual({ alive: false, reason: "stalled", lastPassAt: new Date(lastPass).toISOString() });
  });

  it("names a story more than a minute past its time, wherever the scheduler runs, without taking the instance out of rotation", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor, { title: "Will the show get a season 2?" });
    // A time far from the real clock, so no running scheduler publishes it meanwhile.
    const due = new Date(Date.UTC(2035, 0, 1, 9, 0, 0));
    await transitionArticle({
      actor: editor,
      articleId: draft.id,
      action: "schedule",
      version: draft.version,
      at: due,
      now: new Date(due.getTime() - 3_600_000),
    });
    try {
      const mine = (r: Awaited<ReturnType<typeof checkReadiness>>) => (r.checks.scheduler.overdue ?? []).filter((o) => o.id === draft.id);
      const onTime = await checkReadiness({ schedulerHere: false, now: new Date(due.getTime() + 59_000) });
      expect(mine(onTime)).toEqual([]);
      const behind = await checkReadiness({ schedulerHere: false, now: new Date(due.getTime() + 61_000) });
      expect(behind.checks.scheduler.ok).toBe(true);
      expect(mine(behind)).toEqual([{ id: draft.id, title: "Will the show get a season 2?", due: due.toISOString() }]);
    } finally {
      await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, draft.id));
    }
  });

  it("answers 503 when the scheduler loop or the invalidation listener has stopped, and logs why once per change", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const warnings = () =>
      stderr.mock.calls.map((c) => JSON.parse(String(c[0])) as { source: string; msg: string; failing?: string }).filter((l) => l.source === "ready");
    try {
      expect((await ready(get("/api/ready"))).status).toBe(200);
      await scheduler!.stop();
      let { status, body } = await answer(await ready(get("/api/ready")));
      expect(status).toBe(503);
      expect(body.checks.scheduler).toEqual({ ok: false, reason: "not running" });
      expect(body.checks.invalidationListener.ok).toBe(true);
      // The same failure again: no second line.
      expect((await ready(get("/api/ready"))).status).toBe(503);
      expect(warnings()).toEqual([expect.objectContaining({ msg: "not ready", failing: "scheduler: not running" })]);

      await listener!.stop();
      ({ status, body } = await answer(await ready(get("/api/ready"))));
      expect(status).toBe(503);
      expect(body.checks.invalidationListener).toEqual({ ok: false, reason: "not running" });
      expect(warnings()[1]).toMatchObject({ msg: "not ready", failing: "scheduler: not running; invalidationListener: not running" });
    } finally {
      stderr.mockRestore();
    }
  });
});
