// GET, POST /api/auth/* - next-auth: sign-in, sign-out, session, CSRF token
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { authOptions } from "@/lib/auth/options";
import { loginRetryAfter } from "@/lib/auth/users";
import { getEnv } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so configuration is read at run time, not at build.
async function handler(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (request.method === "POST" && nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const limited = await rateLimited(request);
    if (limited) return limited;
  }
  return NextAuth(request as never, context as never, authOptions());
}

/** 429 with Retry-After once an account or address has failed too often; next-auth's client reads `url`. */
async function rateLimited(request: NextRequest): Promise<Response | null> {
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "").slice(0, 320);
  const ip = clientIp(Object.fromEntries(request.headers), getEnv().TRUSTED_PROXIES);
  const retryAfter = await loginRetryAfter({ email, ip });
  if (retryAfter === 0) return null;
  const message = "Too many sign-in attempts. Try again in a minute.";
  return Response.json(
    { url: `${getEnv().SITE_URL}/login?error=rate_limited`, error: { code: "rate_limited", message, retryAfter } },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}

export { handler as GET, handler as POST };
