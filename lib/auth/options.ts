// next-auth configuration: credentials sign-in, JWT sessions carrying the
// user id and session version (checked against the database on every request;
// sign-out moves the version on, so the old cookie stops working everywhere).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { isUuid } from "@/lib/params";
import { clientIp } from "./client-ip";
import { checkCredentials, endSession } from "./users";

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export function authOptions(): NextAuthOptions {
  const env = getEnv();
  // next-auth reads its own variable for absolute URLs; ours is SITE_URL.
  process.env.NEXTAUTH_URL ??= env.SITE_URL;
  return {
    secret: env.AUTH_SECRET,
    // Secure (and __Secure- prefixed) session cookies whenever the site is served over https.
    useSecureCookies: env.SITE_URL.startsWith("https://"),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    logger: {
      // A forged or expired cookie is a visitor's problem, not a server fault: one line, no stack.
      error: (code, metadata) =>
        console.warn(`[auth] ${code}: ${metadata instanceof Error ? metadata.message : ((metadata as { message?: string })?.message ?? "")}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await checkCredentials({ ...parsed.data, ip: clientIp(req?.headers, env.TRUSTED_PROXIES) });
          if (result === "rate_limited") throw new Error("rate_limited");
          if (!result) return null;
          return { id: result.id, name: result.name, role: result.role, sv: result.sessionVersion };
        },
      }),
    ],
    events: {
      // next-auth only clears the cookie; bumping the session version makes a copy of it worthless too.
      async signOut({ token }) {
        const claims = token as { uid?: unknown; sv?: unknown } | null;
        if (typeof claims?.uid === "string" && isUuid(claims.uid) && typeof claims.sv === "number" && Number.isSafeInteger(claims.sv)) {
          await endSession({ uid: claims.uid, sv: claims.sv });
        }
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as { id: string; sv?: number };
          token.uid = u.id;
          token.sv = u.sv;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
  };
}
