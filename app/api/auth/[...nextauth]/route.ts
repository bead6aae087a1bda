// GET, POST /api/auth/* - next-auth: sign-in, sign-out, session, CSRF token
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/define-route";
import { clientIp } from "@/lib/auth/client-ip";
import { authOptions } from "@/lib/auth/options";
import { loginRetryAfter } from "@/lib/auth/users";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { LIMITS, readBodyText } from "@/lib/http/read-body";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so configuration is read at run time, not at build.
async function handler(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (request.method !== "POST") return NextAuth(request as never, context as never, authOptions());
  // next-auth reads whole bodies into memory: it only ever gets one of a few kB.
  let text: string;
  try {
    text = await readBodyText(request, LIMITS.authForm);
  } catch (error) {
    return toErrorResponse(error);
  }
  const type = request.headers.get("content-type") ?? "";
  let email = "";
  if (type.includes("application/json")) {
    // next-auth would answer malformed JSON with a 500.
    try {
      const parsed = JSON.parse(text) as { email?: unknown } | null;
      email = typeof parsed?.email === "string" ? parsed.email : "";
    } catch {
      return toErrorResponse(new AppError("bad_request", "The body is not valid JSON."));
    }
  } else if (type.includes("application/x-www-form-urlencoded")) {
    email = new URLSearchParams(text).get("email") ?? "";
  }
  const bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body: text });
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const limited = await rateLimited(bounded, email);
    if (limited) return limited;
  }
  return NextAuth(bounded as never, context as never, authOptions());
}

/** 429 with Retry-After once an account or address has failed too often; next-auth's client reads `url`. */
async function rateLimited(request: NextRequest, email: string): Promise<Response | null> {
  const ip = clientIp(Object.fromEntries(request.headers), getEnv().TRUSTED_PROXIES);
  const retryAfter = await loginRetryAfter({ email: email.slice(0, 320), ip });
  if (retryAfter === 0) return null;
  const minutes = Math.ceil(retryAfter / 60);
  const message = `Too many sign-in attempts. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`;
  return Response.json(
    { url: `${getEnv().SITE_URL}/login?error=rate_limited`, error: { code: "rate_limited", message, retryAfter } },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}

export { handler as GET, handler as POST };
