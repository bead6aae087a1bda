// Each integration test file gets its own database, cloned from the migrated
// template the test runner prepared, so files run in any order or in parallel.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll } from "vitest";

const serverUrl = process.env.MARQUEE_TEST_SERVER_URL;
const template = process.env.MARQUEE_TEST_TEMPLATE;
if (!serverUrl || !template) {
  throw new Error("Integration tests need a prepared database: run them with `npm test` or `npm run test:int`.");
}

const name = `marquee_t_${randomBytes(5).toString("hex")}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}" template "${template}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// Media files (the seed's heroes, uploads through the app's own storage) go to a directory of this file's own.
const mediaDir = mkdtempSync(path.join(tmpdir(), "marquee-t-media-"));
process.env.MEDIA_STORAGE = "local";
process.env.MEDIA_LOCAL_DIR = mediaDir;

afterAll(async () => {
  const { sql } = await import("@/db/client");
  await sql.end({ timeout: 5 });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end({ timeout: 5 });
  rmSync(mediaDir, { recursive: true, force: true });
});
