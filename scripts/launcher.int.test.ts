// The launcher's answers to bad configuration and to a server left behind by
// a killed run, exercised as a person would: by running the real script.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";

const node = process.execPath;
const tsxArgs = ["--import", "tsx", "--conditions=react-server"];

function launch(env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  const result = spawnSync(node, [...tsxArgs, "scripts/db.ts", "migrate"], {
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("ExperimentalWarning"));
  return { code: result.status, lines };
}

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "marquee-pg-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("the launcher with bad configuration", () => {
  it("names a malformed DATABASE_URL in one line and exits 1", () => {
    const { code, lines } = launch({ DATABASE_URL: "localhost:5432/marquee" });
    expect(code).toBe(1);
    expect(lines).toEqual(["✖ DATABASE_URL is malformed. It must look like postgres://user:password@host:5432/database"]);
  });

  it("says which server it cannot reach", () => {
    const { code, lines } = launch({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/marquee" });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✖ Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(.+\)\. Start it or fix DATABASE_URL/);
  });

  it("says the embedded server's port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { code, lines } = launch({ MARQUEE_PG_DATA: tempDir(), MARQUEE_PG_PORT: String(port) });
      expect(code).toBe(1);
      expect(lines).toEqual([
        `✖ Port ${port} is already in use, so the embedded PostgreSQL cannot start. Free it, set MARQUEE_PG_PORT to another port, or set DATABASE_URL to your own server.`,
      ]);
    } finally {
      blocker.close();
    }
  });

  it("recognises a data directory that is not PostgreSQL's", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.txt"), "not a database");
    const { code, lines } = launch({ MARQUEE_PG_DATA: dir, MARQUEE_PG_PORT: "54399" });
    expect(code).toBe(1);
    expect(lines).toEqual([`✖ ${dir} is not a PostgreSQL data directory (no PG_VERSION). Move it away or delete it to start fresh.`]);
  });

  it.runIf(process.getuid?.() === 0)("as root, says in one line when the postgres user cannot reach the data directory", () => {
    // mkdtemp makes a directory of mode 0700, as a home directory is: only root enters it.
    const dir = path.join(tempDir(), "pg");
    const { code, lines } = launch({ MARQUEE_PG_DATA: dir, MARQUEE_PG_PORT: "54398" });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^✖ Could not create the embedded PostgreSQL in ${dir}: .*Permission denied`));
  });

  it("names a bad setting after the database is found", () => {
    const { code, lines } = launch({ DATABASE_URL: process.env.DATABASE_URL!, NEWSROOM_TIMEZONE: "Mars/Olympus_Mons" });
    expect(code).toBe(1);
    expect(lines).toEqual(["✖ Invalid configuration: NEWSROOM_TIMEZONE must be an IANA time zone such as America/New_York"]);
  });
});

describe("the embedded server after a launcher was killed with SIGKILL", () => {
  const dir = tempDir();
  const port = 54300 + Math.floor(Math.random() * 90);
  afterAll(async () => {
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 50 && existsSync(path.join(dir, "postmaster.pid")); i++) await new Promise((r) => setTimeout(r, 100));
  });

  it("is found and reused by the next run", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, MARQUEE_PG_DATA: dir, MARQUEE_PG_PORT: String(port) };
    delete env.DATABASE_URL;
    const holder = spawn(
      node,
      [
        ...tsxArgs,
        "--input-type=module",
        "-e",
        `import("./scripts/lib/embedded-postgres.ts").then(async (m) => { await m.startEmbeddedPostgres(${port}); console.log("up"); setInterval(() => {}, 1000); })`,
      ],
      { env, stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on("data", (d: Buffer) => d.toString().includes("up") && resolve());
      holder.on("exit", () => reject(new Error("the first launcher exited early")));
    });
    holder.kill("SIGKILL");
    await new Promise((r) => holder.on("exit", r));

    const { code, lines } = launch({ MARQUEE_PG_DATA: dir, MARQUEE_PG_PORT: String(port) });
    expect(lines).toEqual([]);
    expect(code).toBe(0);
    const sql = postgres(`postgres://postgres:marquee-local@127.0.0.1:${port}/marquee`, { max: 1 });
    const [row] = await sql`select count(*)::int as n from users`;
    expect(row.n).toBe(0);
    await sql.end();
  }, 60_000);
});
