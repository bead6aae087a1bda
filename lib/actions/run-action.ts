// The one door for server actions (public POST endpoints): session ->
// permission -> zod parse -> handler. Answers a closed result shape that
// forms can show; database causes are logged, never returned.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { AppError, type ErrorCode, fieldErrors } from "@/lib/errors";

export type ActionFailure = {
  ok: false;
  code: ErrorCode | "internal";
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, unknown>;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export async function runAction<S extends z.ZodType, T>(
  config: { permission: Permission; schema: S; input: unknown },
  handler: (ctx: { actor: Actor }, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    if (!actor) return { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again; your changes are still on this page." };
    if (!can(actor.role, config.permission)) return { ok: false, code: "forbidden", message: "Your role does not allow this." };
    const parsed = config.schema.safeParse(config.input);
    if (!parsed.success) {
      return { ok: false, code: "invalid", message: "Some fields are not valid.", fieldErrors: fieldErrors(parsed.error.issues) };
    }
    return { ok: true, data: await handler({ actor }, parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    return toActionFailure(error);
  }
}

export function toActionFailure(error: unknown): ActionFailure {
  if (error instanceof AppError) {
    const { fields, ...details } = error.details;
    return { ok: false, code: error.code, message: error.message, fieldErrors: fields, details };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "internal", message: "Something went wrong on our side. Your changes are still on this page." };
}
