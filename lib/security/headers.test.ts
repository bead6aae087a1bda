import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { newNonce, PERMISSIONS_POLICY, REACT_SHELL_TIMING, privateContentSecurityPolicy, PUBLIC_PATHS_SOURCE, publicContentSecurityPolicy } from "./headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("the public Content-Security-Policy", () => {
  const policy = directives(publicContentSecurityPolicy());

  it("carries no nonce (the page is shared) and runs no script from another origin", () => {
    expect(policy.get("script-src")).toBe("'self' 'unsafe-inline'");
    expect(publicContentSecurityPolicy()).not.toMatch(/nonce|strict-dynamic|unsafe-eval/);
    expect(getScriptNonceFromHeader(publicContentSecurityPolicy())).toBeUndefined();
  });

  it("locks framing, plugins, base URLs and form targets to the site", () => {
    expect(policy.get("frame-ancestors")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'self'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("default-src")).toBe("'self'");
  });

  it("lets article bodies show what they embed: YouTube players and https images", () => {
    expect(policy.get("frame-src")).toBe("https://www.youtube-nocookie.com");
    expect(policy.get("img-src")?.split(" ")).toEqual(expect.arrayContaining(["'self'", "https:"]));
    expect(policy.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("allows eval only under next dev", () => {
    expect(directives(publicContentSecurityPolicy({ dev: true })).get("script-src")).toBe("'self' 'unsafe-inline' 'unsafe-eval'");
  });
});

describe("the private Content-Security-Policy", () => {
  it("names its nonce where Next reads it, so Next stamps it on the page's scripts", () => {
    const nonce = newNonce();
    const policy = privateContentSecurityPolicy({ nonce });
    expect(getScriptNonceFromHeader(policy)).toBe(nonce);
    expect(directives(policy).get("script-src")).toBe(`'self' 'nonce-${nonce}' 'sha256-${REACT_SHELL_TIMING.sha256}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/); // no inline script without the nonce, no eval
    expect(directives(policy).get("frame-ancestors")).toBe("'none'");
    // Inline styles stay allowed: a nonce in style-src would switch 'unsafe-inline' off.
    expect(directives(policy).get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("allows by hash exactly the React snippet the static shells carry, as this React writes it", () => {
    expect(createHash("sha256").update(REACT_SHELL_TIMING.script).digest("base64")).toBe(REACT_SHELL_TIMING.sha256);
    // The React build Next renders Cache Components pages with.
    const fizz = readFileSync("node_modules/next/dist/compiled/react-dom-experimental/cjs/react-dom-server.node.production.js", "utf8");
    expect(fizz).toContain(REACT_SHELL_TIMING.script);
  });

  it("gets a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("which paths get the public policy", () => {
  // Compiled by the code `next build` compiles headers() sources with.
  const publicPath = new RegExp(buildCustomRoute("header", { source: PUBLIC_PATHS_SOURCE, headers: [] }).regex);

  it("covers the public site, its feeds, APIs and assets", () => {
    for (const path of [
      "/",
      "/articles/a-story",
      "/tags/x/page/2",
      "/search",
      "/feed.xml",
      "/api/content/articles",
      "/api/admin/articles",
      "/_next/static/chunks/a.js",
      "/administrators",
      "/login-help",
    ]) {
      expect(publicPath.test(path), path).toBe(true);
    }
  });

  it("leaves out the pages proxy.ts gives a nonce policy", () => {
    for (const path of ["/admin", "/admin/", "/admin/articles/1", "/login", "/account/password/abc", "/preview/1", "/preview/share/abc"]) {
      expect(publicPath.test(path), path).toBe(false);
    }
  });
});

describe("Permissions-Policy", () => {
  it("denies the powerful features the site never uses, to it and every frame", () => {
    const denied = PERMISSIONS_POLICY.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(denied).toContain(`${feature}=()`);
    expect(denied.every((d) => d.endsWith("=()"))).toBe(true);
  });
});
