"use server";
// POST from the set-password page. The link's token is the credential, so
// no session is needed; the token is single-use and expires.
import { z } from "zod";
import { toActionFailure } from "@/lib/actions/run-action";
import { setPasswordWithToken } from "@/lib/users/commands";

const schema = z.object({ token: z.string().min(20).max(64), password: z.string().max(1024) });

export async function setPasswordAction(input: unknown) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false as const, code: "invalid" as const, message: "This link is not valid." };
  try {
    await setPasswordWithToken(parsed.data);
    return { ok: true as const };
  } catch (error) {
    return toActionFailure(error);
  }
}
