// Fetches an image from a URL an editor or an API client gave, once, on the
// server, without letting the URL reach what only the server can reach:
// https only; the host is resolved here and every address it resolves to
// must be public (lib/media/public-address.ts), and the connection goes to
// the address that was checked (no second lookup that could answer
// differently); each redirect (at most 3) is checked the same way; the body
// is counted as it streams and cut off past MAX_UPLOAD_BYTES; the whole
// fetch has a time limit. What the bytes are is decided afterwards, by
// inspect.ts, never by the answer's Content-Type.
import "server-only";
import { lookup } from "node:dns/promises";
import type { IncomingMessage } from "node:http";
import { request } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { MAX_UPLOAD_BYTES } from "./inspect";
import { isPublicAddress } from "./public-address";

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 3;

/** A URL refused or a fetch that failed; `message` is written for the editor. */
export class FetchRefused extends Error {
  name = "FetchRefused";
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

export type FetchOptions = {
  /** Which resolved addresses may be connected to; tests widen it to a local server. */
  isAllowedAddress?: (address: string) => boolean;
  /** Certificates to trust besides the system's (tests' own). */
  ca?: string | Buffer;
  timeoutMs?: number;
  maxBytes?: number;
};

export type Fetched = { bytes: Uint8Array; filename: string };

/** The URL's bytes, or a FetchRefused saying why not. */
export async function fetchRemoteImage(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  let current = parseHttps(url);
  for (let hop = 0; ; hop++) {
    const address = await checkedAddress(current, options.isAllowedAddress ?? isPublicAddress);
    const response = await get(current, address, options, deadline, timeoutMs);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.destroy();
      if (hop >= MAX_REDIRECTS) throw new FetchRefused(`The address redirects more than ${MAX_REDIRECTS} times.`);
      current = parseHttps(new URL(response.headers.location, current).href, true);
      continue;
    }
    if (status !== 200) {
      response.destroy();
      throw new FetchRefused(`The image's server answered ${status} instead of the image.`);
    }
    return { bytes: await readLimited(response, options.maxBytes ?? MAX_UPLOAD_BYTES, deadline, timeoutMs), filename: filenameOf(current) };
  }
}

function parseHttps(value: string, redirected = false): URL {
  const url = URL.parse(value);
  if (!url || url.protocol !== "https:") {
    throw new FetchRefused(redirected ? "The address redirects to one that is not https." : "The address must be an https URL.");
  }
  if (url.username || url.password) throw new FetchRefused("The address must not carry a user name or password.");
  return url;
}

async function checkedAddress(url: URL, allowed: (address: string) => boolean): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new FetchRefused(`The host ${host} could not be found.`);
    }
  }
  if (addresses.length === 0) throw new FetchRefused(`The host ${host} could not be found.`);
  // Every address must pass: a host that resolves to a public and a private one is refused.
  if (!addresses.every((a) => allowed(a.address))) {
    throw new FetchRefused(`The address ${host} leads to a private, loopback or link-local network; only public https addresses are fetched.`);
  }
  return { address: addresses[0].address, family: addresses[0].family === 6 ? 6 : 4 };
}

function get(url: URL, target: { address: string; family: 4 | 6 }, options: FetchOptions, deadline: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  // Connect to the checked address whatever the name resolves to now; TLS still checks the certificate against the name.
  const pinned: LookupFunction = (_host, opts, callback) => {
    if (opts.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "GET",
      lookup: pinned,
      ca: options.ca,
      signal: deadline,
      headers: { "user-agent": "Marquee media import", accept: "image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1" },
    });
    req.on("response", resolve);
    req.on("error", (error) => reject(failure(error, deadline, timeoutMs)));
    req.end();
  });
}

function failure(error: unknown, deadline: AbortSignal, timeoutMs: number): FetchRefused {
  if (error instanceof FetchRefused) return error;
  if (deadline.aborted) return new FetchRefused(`The image's server did not answer within ${timeoutMs / 1000} seconds.`);
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(String(error))) return new FetchRefused("The image's server has no valid https certificate.");
  return new FetchRefused("The image's server could not be reached.");
}

function readLimited(response: IncomingMessage, maxBytes: number, deadline: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchRefused(`The image is larger than ${maxBytes / 1024 / 1024} MB.`, true);
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // The first refusal settles the promise; what the destroyed stream emits after it is ignored.
        reject(tooLarge());
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks, size))));
    response.on("error", (error) => reject(failure(error, deadline, timeoutMs)));
    response.on("aborted", () => reject(failure(new Error("aborted"), deadline, timeoutMs)));
  });
}

/** The last path segment, as a file name; "image" when there is none. */
function filenameOf(url: URL): string {
  let last = url.pathname.split("/").at(-1) ?? "";
  try {
    last = decodeURIComponent(last);
  } catch {
    // Kept as sent.
  }
  last = last.replace(/[\p{Cc}/\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, "");
  return last.slice(0, 150) || "image";
}
