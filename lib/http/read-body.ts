// Request bodies, read with a byte limit while they stream in. Every route
// handler that reads a body goes through here (a unit test scans app/ for
// direct request.json()/.text()/.formData() calls): a body over the limit is
// refused with 413 as soon as it passes the limit, whether it declared a
// Content-Length or came chunked, and no more than the limit is ever held.
import { AppError } from "@/lib/errors";

export const LIMITS = {
  /** Sign-in, sign-out and CSRF forms: an email, a password and a token. */
  authForm: 8 * 1024,
  /** The Admin API's JSON bodies. */
  adminApi: 1_000_000,
} as const;

export function tooLarge(limit: number): AppError {
  return new AppError("too_large", `The body is larger than ${limit} bytes.`, { limit });
}

/** The body's bytes, at most `limit` of them; throws AppError("too_large") (413) past that. */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > limit)) {
    await request.body?.cancel().catch(() => {});
    throw declared.trim() && /^\d+$/.test(declared.trim()) ? tooLarge(limit) : new AppError("bad_request", "The Content-Length header is not a number.");
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // A Content-Length that lies (or a chunked body) is caught here, before the bytes are kept.
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The body as UTF-8 text, at most `limit` bytes of it (see readBodyBytes). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}
