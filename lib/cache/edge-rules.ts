// Which requests a shared cache may answer, and under which key: the one
// table both caches follow. The page cache in the server process
// (./page-cache-http.ts) reads it directly; the Varnish configuration
// (deploy/varnish/marquee.vcl) carries it in blocks written from it by
// `npm run vcl` (scripts/vcl.ts), and a unit test fails when the file and
// the table disagree. docs/architecture.md, "Cache tiers".

/** Paths served per user (signed-in areas, auth, previews): never stored, cookies kept. */
export const PRIVATE_PREFIXES = ["admin", "api/admin", "api/auth", "login", "account", "preview"] as const;

/**
 * Request headers that make Next answer for one client only: client-side
 * navigation (RSC payloads and prefetches), server actions, API tokens.
 */
export const PERSONAL_HEADERS = [
  "RSC",
  "Next-Router-Prefetch",
  "Next-Router-State-Tree",
  "Next-Router-Segment-Prefetch",
  "Next-Action",
  "Authorization",
] as const;
/** The query parameter of RSC payloads, and the cookie of draft mode: personal too. */
export const PERSONAL_QUERY_PARAM = "_rsc";
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

/**
 * Headers Next or the app could act on but the key ignores: dropped before a
 * miss reaches the app, so no one gets a page built from them stored for everyone.
 */
export const IGNORED_HEADERS = [
  "X-Forwarded-Host",
  "X-Forwarded-Server",
  "X-Forwarded-Port",
  "X-Host",
  "X-Original-URL",
  "X-Rewrite-URL",
  "X-Original-Host",
  "Forwarded",
  "X-HTTP-Method-Override",
  // Next's mark on an action it forwards to itself over loopback; the app
  // lets such a body through without a length (lib/http/action-body-gate.ts).
  "X-Action-Forwarded",
  "X-Middleware-Subrequest",
  "X-Prerender-Revalidate",
  "X-Prerender-Revalidate-If-Generated",
  "X-Now-Route-Matches",
  "X-Matched-Path",
  "X-Invoke-Path",
  "X-Invoke-Query",
  "X-Invoke-Output",
  "X-Invoke-Status",
  "X-Invoke-Error",
] as const;

/** Query parameters that never change a response (campaign and click tracking). */
export const TRACKING_PARAMS = [
  "utm_[a-z0-9_]*",
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "yclid",
  "twclid",
  "ttclid",
  "_ga",
  "_gl",
] as const;

/** Path prefixes (followed by "/") and whole paths whose responses read no query string; search, the content API and Next's image optimizer do. */
export const QUERYLESS_PREFIXES = ["articles", "tags", "sections", "authors", "sitemaps", "media"] as const;
export const QUERYLESS_PATHS = ["", "feed\\.(xml|atom|json)", "sitemap\\.xml", "robots\\.txt"] as const;

/** No page the site links to has a longer URL; a longer one is refused (414) or passed, never stored. */
export const MAX_URL_LENGTH = 2048;

/** `^/(admin|…)(/|\?|$)`: the private paths, as one regular expression source (JavaScript and Varnish's PCRE read it alike). */
export const PRIVATE_PATH_SOURCE = `^/(${PRIVATE_PREFIXES.join("|")})(/|\\?|$)`;
export const TRACKING_PARAM_SOURCE = `(${TRACKING_PARAMS.join("|")})`;
const QUERYLESS_PREFIX_SOURCE = `^/(${QUERYLESS_PREFIXES.join("|")})/`;
const QUERYLESS_PATH_SOURCE = `^/(${QUERYLESS_PATHS.filter(Boolean).join("|")})?`;

export const PRIVATE_PATH = new RegExp(PRIVATE_PATH_SOURCE);
export const TRACKING_PARAM = new RegExp(`^${TRACKING_PARAM_SOURCE}$`, "i");
/** Matches a path (no query string) whose responses read no query string. */
export const READS_NO_QUERY = new RegExp(`(${QUERYLESS_PREFIX_SOURCE}.*$)|(${QUERYLESS_PATH_SOURCE}$)`);

/**
 * The VCL blocks written from this table, by name. Each stands in
 * marquee.vcl between `# edge-rules: <name>` and `# end edge-rules`.
 */
export function vclBlocks(): Record<string, string[]> {
  const personal = PERSONAL_HEADERS.map((name) => `req.http.${name}`);
  return {
    "url-length": [
      "# A URL longer than any the site makes is an attack on the cache, not a reader.",
      `if (req.url ~ "^.{${MAX_URL_LENGTH + 1}}") {`,
      `    return (synth(414, "URI too long"));`,
      "}",
    ],
    "ignored-headers": [
      "# Headers the app or Next.js could act on but the cache key ignores: a",
      "# client must not get a page built from them stored for everyone.",
      ...IGNORED_HEADERS.map((name) => `unset req.http.${name};`),
    ],
    private: ["# Signed-in and private areas go straight to the app, cookies and all.", `if (req.url ~ "${PRIVATE_PATH_SOURCE}") {`, "    return (pass);", "}"],
    personal: [
      "# Client-side navigation (React Server Component payloads), server",
      "# actions, API tokens and draft mode answer one client: passed, never stored.",
      `if (${personal.join(" || ")}`,
      `    || req.url ~ "[?&]${PERSONAL_QUERY_PARAM}=" || req.http.Cookie ~ "${DRAFT_MODE_COOKIE}=") {`,
      "    return (pass);",
      "}",
    ],
    "query-string": [
      "# Tracking parameters never change a response: drop them from the key.",
      `set req.url = regsuball(req.url, "(?i)([?&])${TRACKING_PARAM_SOURCE}(=[^&]*)?(?=&|$)", "\\1");`,
      `set req.url = regsuball(req.url, "&{2,}", "&");`,
      `set req.url = regsub(req.url, "\\?&", "?");`,
      `set req.url = regsub(req.url, "[?&]$", "");`,
      "# Pages and feeds read no query string; search, the content API and",
      "# images do, in any order.",
      `if (req.url ~ "${QUERYLESS_PREFIX_SOURCE}[^?]*\\?" || req.url ~ "${QUERYLESS_PATH_SOURCE}\\?") {`,
      `    set req.url = regsub(req.url, "\\?.*$", "");`,
      "} else {",
      "    set req.url = std.querysort(req.url);",
      "}",
    ],
  };
}

const BLOCK = /^([ \t]*)# edge-rules: ([a-z-]+)\n[\s\S]*?^[ \t]*# end edge-rules\n/gm;

/** `vcl` with every edge-rules block rewritten from the table (indentation kept); throws on a block the table lacks or one it misses. */
export function writeVclBlocks(vcl: string): string {
  const blocks = vclBlocks();
  const seen = new Set<string>();
  const out = vcl.replace(BLOCK, (_, indent: string, name: string) => {
    const lines = blocks[name];
    if (!lines) throw new Error(`marquee.vcl has an edge-rules block "${name}" that lib/cache/edge-rules.ts does not know`);
    seen.add(name);
    return [`# edge-rules: ${name}`, ...lines, "# end edge-rules"].map((line) => `${indent}${line}\n`).join("");
  });
  const missing = Object.keys(blocks).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`marquee.vcl lacks the edge-rules blocks: ${missing.join(", ")}`);
  return out;
}
