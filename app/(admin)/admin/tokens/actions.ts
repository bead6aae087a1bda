"use server";
// Server actions of the API tokens page (admins only).
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { createApiToken, newTokenSchema, revokeApiToken } from "@/lib/auth/tokens";

export async function createTokenAction(input: unknown) {
  return runAction({ permission: "token:manage", schema: newTokenSchema, input }, ({ actor }, i) => createApiToken(actor, i));
}

export async function revokeTokenAction(input: unknown) {
  return runAction({ permission: "token:manage", schema: z.object({ id: z.uuid() }), input }, async ({ actor }, i) => {
    await revokeApiToken(actor, i);
    return { revoked: true };
  });
}
