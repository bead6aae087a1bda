// The header rules next.config.ts hands `next build`, evaluated as the build
// evaluates them (with the environment of the build).
import { afterEach, describe, expect, it, vi } from "vitest";
import config from "@/next.config";

async function rules() {
  const all = await config.headers!();
  const on = (source: string) => all.filter((r) => r.source === source).flatMap((r) => r.headers);
  return { all, on };
}

afterEach(() => vi.unstubAllEnvs());

describe("next.config.ts headers()", () => {
  it("sends HSTS on every path when SITE_URL is https, and not over http", async () => {
    vi.stubEnv("SITE_URL", "https://news.example.com");
    expect((await rules()).on("/:path*")).toContainEqual({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    vi.stubEnv("SITE_URL", "http://localhost:3000");
    expect((await rules()).on("/:path*").map((h) => h.key)).not.toContain("Strict-Transport-Security");
  });

  it("stops a production build without SITE_URL, naming it", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SITE_URL", undefined);
    await expect(rules()).rejects.toThrow("SITE_URL is required in production");
  });

  it("marks the dashboard, the Admin API and the nonce pages private, no-store", async () => {
    const { on } = await rules();
    for (const source of ["/admin/:path*", "/api/admin/:path*", "/login", "/account/:path*", "/preview/:path*"]) {
      expect(on(source), source).toContainEqual({ key: "Cache-Control", value: "private, no-store" });
    }
  });

  it("gives every path Permissions-Policy, and public paths a static Content-Security-Policy", async () => {
    const { all, on } = await rules();
    expect(on("/:path*").map((h) => h.key)).toEqual(expect.arrayContaining(["Permissions-Policy", "X-Content-Type-Options", "X-Frame-Options"]));
    const csp = all.filter((r) => r.headers.some((h) => h.key === "Content-Security-Policy"));
    expect(csp).toHaveLength(1);
    expect(csp[0].headers[0].value).toContain("frame-ancestors 'self'");
    expect(csp[0].headers[0].value).not.toContain("nonce");
  });
});

describe("next.config.ts server actions", () => {
  it("limits action bodies to what the production server's gate allows", async () => {
    const { SERVER_ACTION_BODY_LIMIT } = await import("@/lib/http/action-body-gate");
    const limit = config.experimental?.serverActions?.bodySizeLimit;
    const { default: bytes } = (await import("next/dist/compiled/bytes" as string)) as { default: { parse: (v: unknown) => number } };
    expect(bytes.parse(limit)).toBe(SERVER_ACTION_BODY_LIMIT);
  });
});
