// Runs for the private pages only (the matcher below): public pages never pay
// for it. Each request gets a fresh nonce and the Content-Security-Policy that
// names it, on the request (Next reads it there and stamps the nonce on its
// own scripts) and on the response. Public pages get a static policy from
// next.config.ts; lib/security/headers.ts says why they cannot carry a nonce.
//
// It also sends signed-out visitors of /admin to the login page before any
// render. A convenience only: every admin page and handler checks the session
// itself.
import { type NextRequest, NextResponse } from "next/server";
import { newNonce, privateContentSecurityPolicy } from "@/lib/security/headers";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isAdmin = pathname === "/admin" || pathname.startsWith("/admin/");
  if (isAdmin && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const policy = privateContentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/admin", "/admin/:path*", "/login", "/account/:path*", "/preview/:path*"],
};
