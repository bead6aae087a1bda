import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const base = { DATABASE_URL: "postgres://u:p@localhost:5432/marquee" };

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("applies defaults", () => {
    const env = parseEnv(base);
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.NEWSROOM_TIMEZONE).toBe("America/New_York");
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });
  it("says which variable is wrong and how", () => {
    expect(problems({ DATABASE_URL: "mysql://x" })).toEqual([
      "DATABASE_URL must look like postgres://user:password@host:5432/database",
    ]);
    expect(problems({ ...base, NEWSROOM_TIMEZONE: "Mars/Olympus" })[0]).toMatch(/^NEWSROOM_TIMEZONE must be an IANA time zone/);
    expect(problems({ ...base, SITE_URL: "ftp://example.com" })[0]).toMatch(/^SITE_URL/);
    expect(problems({ ...base, AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET must be at least 32 characters/);
    expect(problems({})[0]).toMatch(/^DATABASE_URL is not set/);
  });
  it("requires AUTH_SECRET in production but not while building", () => {
    expect(problems({ ...base, NODE_ENV: "production" })[0]).toMatch(/AUTH_SECRET is required in production/);
    expect(problems({ ...base, NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });
  it("trims a trailing slash from SITE_URL", () => {
    expect(parseEnv({ ...base, SITE_URL: "https://news.example.com/" }).SITE_URL).toBe("https://news.example.com");
  });
});
