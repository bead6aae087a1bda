// Development secrets kept under .data/ (git-ignored) so they survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const DATA = path.join(process.cwd(), ".data");

function readOrCreate(name: string, make: () => string): string {
  const file = path.join(DATA, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA, { recursive: true });
  const value = make();
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

export const localAuthSecret = () => readOrCreate("auth-secret", () => randomBytes(32).toString("base64url"));

/** MARQUEE_DEMO_PASSWORD, or one generated once and kept in .data/demo-password. */
export function demoPassword(): string {
  return process.env.MARQUEE_DEMO_PASSWORD || readOrCreate("demo-password", () => `marquee-${randomBytes(6).toString("base64url")}`);
}
