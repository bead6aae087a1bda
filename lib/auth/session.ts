// The signed-in actor for pages, actions and route handlers. Every call
// re-checks the account, so deactivation or a role change applies at once.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { resolveSession } from "./users";

export async function getActor(): Promise<Actor | null> {
  const session = (await getServerSession(authOptions())) as { uid?: unknown; sv?: unknown } | null;
  if (!session || typeof session.uid !== "string" || typeof session.sv !== "number") return null;
  return resolveSession({ uid: session.uid, sv: session.sv });
}

/** For pages: sends a signed-out visitor to the login page, and a forbidden one to the dashboard home. */
export async function requirePageActor(permission: Permission, returnTo = "/admin"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(actor.role, permission)) redirect("/admin?denied=1");
  return actor;
}
