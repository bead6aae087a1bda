// The client's address for the login rate limit. X-Forwarded-For is anyone's
// to write, so only the entries our own proxies appended count: with
// TRUSTED_PROXIES = n, the n-th address from the right. With 0 (no proxy in
// front, the default) there is none, and only the per-account limit applies.

type Headers = Record<string, string | string[] | undefined> | undefined;

export function clientIp(headers: Headers, trustedProxies: number): string {
  if (trustedProxies === 0) return "unknown";
  const raw = headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((part) => part.trim());
  const address = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : "";
  return address && /^[0-9a-f.:]{2,45}$/i.test(address) ? address : "unknown";
}
