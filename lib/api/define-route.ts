// The one door for Admin API route handlers: actor (session cookie or
// bearer token) -> permission -> body size and JSON -> zod -> handler.
// Errors leave as { error: { code, message, fields? } } with the status
// from lib/errors.ts; database causes are logged, never sent.
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { resolveBearerToken } from "@/lib/auth/tokens";
import { AppError, type ErrorCode, errorStatus, fieldErrors } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { LIMITS, readBodyText } from "@/lib/http/read-body";

export const MAX_BODY_BYTES = LIMITS.adminApi;

type RouteContext<P> = { params: Promise<P> };
type Handler<B, P> = (input: { actor: Actor; body: B; params: P; request: Request }) => Promise<Response>;

export function errorResponse(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, init: ResponseInit = {}) {
  return Response.json({ error: { code, message, ...extra } }, { ...init, status: errorStatus[code] });
}

async function authenticate(request: Request): Promise<Actor> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const [scheme, token] = authorization.split(" ");
    const actor = scheme?.toLowerCase() === "bearer" && token ? await resolveBearerToken(token.trim()) : null;
    if (!actor) throw new AppError("unauthenticated", "The API token is not valid.");
    return actor;
  }
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in or send an API token.");
  if (request.method !== "GET" && request.method !== "HEAD") await requireSameOrigin();
  return actor;
}

/** Cookie-authenticated writes must come from our own pages (CSRF). */
async function requireSameOrigin() {
  const h = await headers();
  const origin = h.get("origin");
  const site = h.get("sec-fetch-site");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const fromUs = origin ? new URL(origin).host === host || origin === getEnv().SITE_URL : site === "same-origin";
  if (!fromUs) throw new AppError("forbidden", "Cross-site requests are refused; use an API token.");
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (!text.trim()) return {};
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new AppError("bad_request", "Send the body as application/json.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
}

export function defineRoute<S extends z.ZodType | undefined, P = Record<string, never>>(config: {
  permission: Permission;
  body?: S;
  handler: Handler<S extends z.ZodType ? z.infer<S> : undefined, P>;
}) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const actor = await authenticate(request);
      if (!can(actor.role, config.permission)) throw new AppError("forbidden", "Your role does not allow this.");
      let body: unknown = undefined;
      if (config.body) {
        const parsed = config.body.safeParse(await readJson(request));
        if (!parsed.success) throw new AppError("invalid", "Some fields are not valid.", { fields: fieldErrors(parsed.error.issues) });
        body = parsed.data;
      }
      const params = (await context.params) ?? ({} as P);
      return await config.handler({ actor, body: body as never, params, request });
    } catch (error) {
      // Next's own signals (a prerender bailing out at build, redirects) are not errors of the request.
      unstable_rethrow(error);
      return toErrorResponse(error);
    }
  };
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const { fields, ...rest } = error.details;
    const headers = error.code === "rate_limited" && typeof rest.retryAfter === "number" ? { "Retry-After": String(rest.retryAfter) } : undefined;
    return errorResponse(error.code, error.message, { ...(fields ? { fields } : {}), ...rest }, { headers });
  }
  console.error("[api] unexpected error", error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500 });
}
