import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";

const items = [
  { href: "/admin", label: "Articles", permission: "dashboard:view" },
  { href: "/admin/calendar", label: "Calendar", permission: "dashboard:view" },
  { href: "/admin/media", label: "Media", permission: "media:view" },
  { href: "/admin/tags", label: "Tags", permission: "tag:manage" },
  { href: "/admin/sections", label: "Sections", permission: "section:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:view" },
  { href: "/admin/users", label: "People", permission: "user:manage" },
  { href: "/admin/tokens", label: "API tokens", permission: "token:manage" },
] as const;

/** Links to what the signed-in person may open; the pages check again themselves. */
export async function AdminNav() {
  const actor = await getActor();
  if (!actor) return null;
  return (
    <ul className="flex gap-4">
      {items
        .filter((i) => can(actor.role, i.permission))
        .map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="hover:underline">
              {i.label}
            </Link>
          </li>
        ))}
    </ul>
  );
}
