// The client's address for the login rate limit. X-Forwarded-For is anyone's
// to write, so only the entries our own side appended count. The server
// appends the socket's peer to every request (as a proxy does), so the
// rightmost entry is always the direct peer; each of the TRUSTED_PROXIES = n
// proxies in front appended the address it was reached from before that. The
// client is therefore the entry n places left of the rightmost.
import { isIP } from "node:net";

type Headers = Record<string, string | string[] | undefined> | undefined;

export function clientIp(headers: Headers, trustedProxies: number): string {
  const raw = headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((part) => part.trim());
  const index = hops.length - 1 - trustedProxies;
  const address = index >= 0 ? normalize(hops[index]) : "";
  return address && address.length <= 45 && isIP(address) ? address : "unknown";
}

/** Lower case, and an IPv4 client seen through an IPv6 socket ("::ffff:1.2.3.4") as plain IPv4. */
function normalize(address: string): string {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  return mapped ? mapped[1] : lower;
}

/**
 * The rate-limit bucket of an address: IPv4 as is, IPv6 by its /64 network,
 * since one subscriber holds a whole /64 and could otherwise take a fresh
 * address (and a fresh bucket) for every attempt.
 */
export function addressBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head, tail] = ip.replace(/%.*$/, "").split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${full
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
