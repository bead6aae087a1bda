// GET, POST /api/auth/* - next-auth: sign-in, sign-out, session, CSRF token
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so configuration is read at run time, not at build.
function handler(request: NextRequest, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
