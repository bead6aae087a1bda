// Embed URLs: a closed allow-list of providers, matched on the exact host
// and path shape. Anything else is refused (null) and the block is dropped.
// The returned url is rebuilt from the parsed parts, never echoed verbatim.

export type EmbedProvider = "youtube" | "x" | "instagram" | "tiktok";
export type Embed = { provider: EmbedProvider; url: string; id?: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const X_STATUS = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})\/?$/;
const INSTAGRAM_POST = /^\/(p|reel)\/([A-Za-z0-9_-]{1,64})\/?$/;
const TIKTOK_VIDEO = /^\/@([A-Za-z0-9_.]{1,32})\/video\/(\d{1,25})\/?$/;

// A Map, not an object literal: "constructor" or "__proto__" must not match.
const HOSTS = new Map<string, EmbedProvider>([
  ["youtube.com", "youtube"],
  ["www.youtube.com", "youtube"],
  ["youtu.be", "youtube"],
  ["x.com", "x"],
  ["www.x.com", "x"],
  ["twitter.com", "x"],
  ["www.twitter.com", "x"],
  ["instagram.com", "instagram"],
  ["www.instagram.com", "instagram"],
  ["tiktok.com", "tiktok"],
  ["www.tiktok.com", "tiktok"],
]);

function parseHttpsUrl(raw: string): URL | null {
  // No whitespace/control characters or backslashes anywhere: browsers and
  // URL parsers disagree about them, so they are refused outright.
  if (typeof raw !== "string" || /[\x00-\x20\x7f\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return null;
  return url;
}

function youtube(url: URL): Embed | null {
  let id: string | null = null;
  if (url.hostname === "youtu.be") id = url.pathname.slice(1).replace(/\/$/, "");
  else if (url.pathname === "/watch") id = url.searchParams.get("v");
  else id = /^\/shorts\/([^/]+)\/?$/.exec(url.pathname)?.[1] ?? null;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  return { provider: "youtube", id, url: `https://www.youtube.com/watch?v=${id}` };
}

function x(url: URL): Embed | null {
  const m = X_STATUS.exec(url.pathname);
  return m ? { provider: "x", id: m[2], url: `https://x.com/${m[1]}/status/${m[2]}` } : null;
}

function instagram(url: URL): Embed | null {
  const m = INSTAGRAM_POST.exec(url.pathname);
  return m ? { provider: "instagram", id: m[2], url: `https://www.instagram.com/${m[1]}/${m[2]}/` } : null;
}

function tiktok(url: URL): Embed | null {
  const m = TIKTOK_VIDEO.exec(url.pathname);
  return m ? { provider: "tiktok", id: m[2], url: `https://www.tiktok.com/@${m[1]}/video/${m[2]}` } : null;
}

const PARSERS: Record<EmbedProvider, (url: URL) => Embed | null> = { youtube, x, instagram, tiktok };

export function parseEmbed(raw: string): Embed | null {
  const url = parseHttpsUrl(raw);
  if (!url) return null;
  const provider = HOSTS.get(url.hostname);
  return provider ? PARSERS[provider](url) : null;
}
