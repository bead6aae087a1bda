import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, parseSiteUrl } from "./env";

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
    expect(problems({ DATABASE_URL: "mysql://x" })).toEqual(["DATABASE_URL must look like postgres://user:password@host:5432/database"]);
    expect(problems({ ...base, NEWSROOM_TIMEZONE: "Mars/Olympus" })[0]).toMatch(/^NEWSROOM_TIMEZONE must be an IANA time zone/);
    expect(problems({ ...base, SITE_URL: "ftp://example.com" })[0]).toMatch(/^SITE_URL/);
    expect(problems({ ...base, AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET must be at least 32 characters/);
    expect(problems({})[0]).toMatch(/^DATABASE_URL is not set/);
  });
  it("requires AUTH_SECRET in production but not while building", () => {
    const site = { SITE_URL: "https://news.example.com" };
    expect(problems({ ...base, ...site, NODE_ENV: "production" })[0]).toMatch(/AUTH_SECRET is required in production/);
    expect(problems({ ...base, ...site, NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });
  it("requires SITE_URL in production, building included, with one line saying what it must be", () => {
    const secret = { AUTH_SECRET: "s".repeat(32) };
    const required = ["SITE_URL is required in production: set it to the public origin, such as https://news.example.com"];
    expect(problems({ ...base, ...secret, NODE_ENV: "production" })).toEqual(required);
    expect(problems({ ...base, NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual(required);
    expect(() => parseSiteUrl({ NODE_ENV: "production" })).toThrow(required[0]);
    expect(parseEnv({ ...base, ...secret, NODE_ENV: "production", SITE_URL: "https://news.example.com" }).SITE_URL).toBe("https://news.example.com");
    // Development and tests keep the local default.
    expect(parseSiteUrl({})).toBe("http://localhost:3000");
    expect(parseSiteUrl({ NODE_ENV: "test" })).toBe("http://localhost:3000");
  });
  it("takes only an origin as SITE_URL: no path, query, fragment or credentials", () => {
    for (const bad of [
      "https://news.example.com/news",
      "https://news.example.com/?a=1",
      "https://news.example.com/#top",
      "https://me:pw@news.example.com",
      "news.example.com",
      "ftp://news.example.com",
      "https://",
      "",
    ]) {
      expect(problems({ ...base, SITE_URL: bad }), bad).toEqual([
        "SITE_URL must be the public origin: an absolute http(s) URL without path or query, such as https://news.example.com",
      ]);
    }
    expect(parseSiteUrl({ SITE_URL: "http://127.0.0.1:8080" })).toBe("http://127.0.0.1:8080");
  });
  it("needs EDGE_PURGE_SECRET whenever edges are to be purged, and a long one", () => {
    const edges = { EDGE_PURGE_URLS: "http://10.0.0.5/" };
    expect(problems({ ...base, ...edges })[0]).toMatch(/^EDGE_PURGE_SECRET is required with EDGE_PURGE_URLS/);
    expect(problems({ ...base, ...edges, EDGE_PURGE_SECRET: "short" })[0]).toMatch(/^EDGE_PURGE_SECRET must be 32 or more/);
    expect(problems({ ...base, ...edges, EDGE_PURGE_SECRET: `${"a".repeat(31)} ` })[0]).toMatch(/^EDGE_PURGE_SECRET must be 32 or more/);
    const secret = "Zm9vYmFyYmF6cXV4MDEyMzQ1Njc4OWFiY2RlZg==";
    expect(parseEnv({ ...base, ...edges, EDGE_PURGE_SECRET: secret }).EDGE_PURGE_SECRET).toBe(secret);
    expect(problems(base)).toEqual([]);
  });
  it("takes a bind address for the server, or none (all interfaces)", () => {
    expect(parseEnv(base).MARQUEE_HOST).toBeUndefined();
    for (const host of ["127.0.0.1", "::1", "::", "0.0.0.0", "localhost", "app-1.internal"])
      expect(parseEnv({ ...base, MARQUEE_HOST: host }).MARQUEE_HOST).toBe(host);
    expect(problems({ ...base, MARQUEE_HOST: "http://127.0.0.1" })[0]).toMatch(/^MARQUEE_HOST must be an IP address or a host name/);
  });
  it("reads MARQUEE_ALLOW_DEMO as 1 or 0 only", () => {
    expect(parseEnv(base).MARQUEE_ALLOW_DEMO).toBe(false);
    expect(parseEnv({ ...base, MARQUEE_ALLOW_DEMO: "1" }).MARQUEE_ALLOW_DEMO).toBe(true);
    expect(problems({ ...base, MARQUEE_ALLOW_DEMO: "yes" })[0]).toMatch(/^MARQUEE_ALLOW_DEMO must be "1" or "0"/);
  });
  it("trims a trailing slash from SITE_URL", () => {
    expect(parseEnv({ ...base, SITE_URL: "https://news.example.com/" }).SITE_URL).toBe("https://news.example.com");
  });
  it("stores media locally by default and needs every S3 setting, by name, only with MEDIA_STORAGE=s3", () => {
    const env = parseEnv(base);
    expect(env.MEDIA_STORAGE).toBe("local");
    expect(env.MEDIA_LOCAL_DIR).toBe(".data/media");
    expect(env.MEDIA_PUBLIC_URL).toBeUndefined();
    expect(problems({ ...base, MEDIA_STORAGE: "ftp" })[0]).toMatch(/^MEDIA_STORAGE must be "local" or "s3"/);
    expect(problems({ ...base, MEDIA_STORAGE: "s3", S3_BUCKET: "media" })).toEqual([
      "S3_REGION is required with MEDIA_STORAGE=s3",
      "S3_ACCESS_KEY_ID is required with MEDIA_STORAGE=s3",
      "S3_SECRET_ACCESS_KEY is required with MEDIA_STORAGE=s3",
    ]);
    const s3 = { MEDIA_STORAGE: "s3", S3_REGION: "auto", S3_BUCKET: "media", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" };
    expect(parseEnv({ ...base, ...s3 }).S3_ENDPOINT).toBeUndefined();
    expect(parseEnv({ ...base, ...s3, S3_ENDPOINT: "http://127.0.0.1:9000" }).S3_ENDPOINT).toBe("http://127.0.0.1:9000");
    expect(problems({ ...base, ...s3, S3_ENDPOINT: "s3.example.com" })[0]).toMatch(/^S3_ENDPOINT must be an http\(s\) URL/);
  });
  it("takes MEDIA_PUBLIC_URL as an http(s) prefix without query, trailing slash trimmed", () => {
    expect(parseEnv({ ...base, MEDIA_PUBLIC_URL: "https://cdn.example.com/media/" }).MEDIA_PUBLIC_URL).toBe("https://cdn.example.com/media");
    for (const bad of ["cdn.example.com", "ftp://cdn.example.com", "https://cdn.example.com/?v=1", "https://u:p@cdn.example.com"])
      expect(problems({ ...base, MEDIA_PUBLIC_URL: bad })[0], bad).toMatch(/^MEDIA_PUBLIC_URL must be an absolute http\(s\) URL/);
  });
});
