// Security headers: the Content-Security-Policy of public and of private
// pages, Permissions-Policy and HSTS. next.config.ts applies the static ones
// by path; proxy.ts sends the per-request (nonce) policy of private pages.
// No server-only import: next.config.ts loads this outside React.
//
// Why two policies. Public pages are stored and shared: Next's cache, the
// page cache in front of it and Varnish hand one copy to every reader, so a
// nonce in them would be the same for everyone and guessable, which is no
// nonce at all; and adding per-request work to the public path would cost the
// throughput those caches exist for. Next's App Router puts its page data in
// inline <script> tags, so without a nonce the policy must allow inline
// scripts ('unsafe-inline'); everything else stays as strict as the content
// allows (no third-party scripts, objects, bases or form targets; framed only
// by the site itself). Private pages (/admin, /login, /account, /preview) are
// rendered per request for one person and never stored, so they carry a
// fresh nonce: an inline script runs only if Next stamped it with the nonce.
//
// Why 'self' and not 'strict-dynamic' beside the nonce. With Cache Components
// every page has a static shell built by `next build`, before any request,
// so the chunk <script src> tags in its <head> can never bear a nonce; only
// what Next renders per request does (page data, the bootstrap). Under
// 'strict-dynamic' the browser ignores 'self' and blocks those chunks, and
// the page never hydrates. So external scripts come from this origin only
// ('self': nothing here serves script content that users control, and
// nosniff keeps JSON, feeds and images from running as script), and inline
// scripts need the nonce, except one constant snippet of React's in every
// shell, allowed by its hash (REACT_SHELL_TIMING).
//
// What the content needs, from lib/content/render.ts and the components:
// article bodies embed YouTube as an iframe from www.youtube-nocookie.com (X,
// Instagram and TikTok embeds are plain links) and images from any https
// address; hero images go through next/image on this origin; fonts are
// self-hosted (next/font); React `style=` attributes, next/image and TipTap
// write inline styles, hence style-src 'unsafe-inline' (a nonce there would
// switch that off).

/**
 * React's inline `$RT` timer, written into the static shell of every page
 * with a Suspense boundary. Harmless if blocked (React then reveals content
 * on the next frame), allowed by hash so the browser reports no violation.
 */
export const REACT_SHELL_TIMING = {
  script: "requestAnimationFrame(function(){$RT=performance.now()});",
  sha256: "7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs=",
};

/** Paths whose pages carry a nonce policy (proxy.ts); everything else gets the public one. */
export const PRIVATE_PAGE_PREFIXES = ["admin", "login", "account", "preview"] as const;

/** next.config.ts `source` for every path outside PRIVATE_PAGE_PREFIXES (the root included). */
export const PUBLIC_PATHS_SOURCE = `/:path((?!(?:${PRIVATE_PAGE_PREFIXES.join("|")})(?:/|$)).*)`;

const YOUTUBE_FRAMES = "https://www.youtube-nocookie.com";

/** Directives both policies share. */
function common(): string[] {
  return [
    "default-src 'self'",
    "img-src 'self' data: https:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${YOUTUBE_FRAMES}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

// `next dev` needs eval for React's debugging aids; production never does.
const evalIn = (dev: boolean) => (dev ? " 'unsafe-eval'" : "");

/** The static policy of public (shared, cached) pages and responses. */
export function publicContentSecurityPolicy({ dev = false } = {}): string {
  return [...common(), `script-src 'self' 'unsafe-inline'${evalIn(dev)}`, "frame-ancestors 'self'"].join("; ");
}

/** The policy of one private page view: Next applies `nonce` to its scripts when the request carries this header. */
export function privateContentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  const scripts = `script-src 'self' 'nonce-${nonce}' 'sha256-${REACT_SHELL_TIMING.sha256}'${evalIn(dev)}`;
  return [...common(), scripts, "frame-ancestors 'none'"].join("; ");
}

/** 128 random bits, base64: unguessable and unique per response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Powerful features no page of the site uses, denied to it and to every frame in it. */
export const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** Two years, subdomains included: sent only when the site is served over https (SITE_URL). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Never stored by a browser or a shared cache. */
export const PRIVATE_NO_STORE = "private, no-store";
