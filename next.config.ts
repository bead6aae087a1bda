import type { NextConfig } from "next";
import { pageKeyRules } from "./lib/cache/edge-headers";
import { parseSiteUrl } from "./lib/env";
import { PERMISSIONS_POLICY, PRIVATE_NO_STORE, PUBLIC_PATHS_SOURCE, publicContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

const config: NextConfig = {
  cacheComponents: true,
  partialPrefetching: false,
  cacheLife: {
    // Public content: invalidated by tag on every publishing event; the
    // hourly revalidation is only a safety net.
    content: { stale: 60, revalidate: 3600, expire: 7 * 86400 },
  },
  // Each of Next's two in-memory caches (full pages, which are also written to
  // .next; 'use cache' data) holds this much. Hot pages are answered by the
  // page cache in front of Next (scripts/server.ts) before they reach these.
  // The default 50 MB each kept the server above 300 MB.
  cacheMaxMemorySize: 10 * 1024 * 1024,
  // Next's own full-route cache, plus the rule that no render begun before an
  // invalidation of its tags is stored (lib/cache/next-cache-handler.mjs).
  cacheHandler: require.resolve("./lib/cache/next-cache-handler.mjs"),
  poweredByHeader: false,
  experimental: {
    // Server actions read their bodies while they stream and answer 413 past
    // this (the editor's autosave is the largest: a whole story as JSON).
    serverActions: { bodySizeLimit: "1mb" },
  },
  serverExternalPackages: ["@node-rs/argon2"],
  images: { localPatterns: [{ pathname: "/images/**" }, { pathname: "/media/**" }], dangerouslyAllowSVG: true, contentDispositionType: "inline" },
  // Evaluated by `next build` and written into the build: SITE_URL is read
  // then, so HSTS follows the SITE_URL the build was made with.
  async headers() {
    const https = parseSiteUrl(process.env).startsWith("https:");
    const dev = process.env.NODE_ENV === "development";
    const noStore = [{ key: "Cache-Control", value: PRIVATE_NO_STORE }];
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          ...(https ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : []),
        ],
      },
      // Public pages are shared by every cache in front of the app, so their
      // policy is static (no nonce: see lib/security/headers.ts). Private
      // pages get a per-request nonce policy from proxy.ts instead.
      { source: PUBLIC_PATHS_SOURCE, headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy({ dev }) }] },
      // The dashboard, the Admin API and the pages that carry a nonce are
      // never kept by a browser or a shared cache.
      ...["/admin/:path*", "/api/admin/:path*", "/login", "/account/:path*", "/preview/:path*"].map((source) => ({ source, headers: noStore })),
      // Surrogate keys for the edge cache (deploy/varnish), from the path alone.
      ...pageKeyRules.map(({ source, keys }) => ({ source, headers: [{ key: "xkey", value: keys.join(" ") }] })),
    ];
  },
};

export default config;
