"use server";
// Server actions of the people page (admins only): session -> permission -> zod -> command.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { roles } from "@/lib/auth/permissions";
import { changeRole, createAccount, newAccountSchema, resetPassword, setActive } from "@/lib/users/commands";

const userId = z.uuid();

export async function createAccountAction(input: unknown) {
  return runAction({ permission: "user:manage", schema: newAccountSchema, input }, ({ actor }, i) => createAccount(actor, i));
}

export async function changeRoleAction(input: unknown) {
  return runAction({ permission: "user:manage", schema: z.object({ userId, role: z.enum(roles) }), input }, async ({ actor }, i) => {
    await changeRole(actor, i);
    return { done: true };
  });
}

export async function setActiveAction(input: unknown) {
  return runAction({ permission: "user:manage", schema: z.object({ userId, active: z.boolean() }), input }, async ({ actor }, i) => {
    await setActive(actor, i);
    return { done: true };
  });
}

export async function resetPasswordAction(input: unknown) {
  return runAction({ permission: "user:manage", schema: z.object({ userId }), input }, ({ actor }, i) => resetPassword(actor, i));
}
