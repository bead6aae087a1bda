// The scheduler's self-check, where editors look: anything more than a
// minute past its publish or unpublish time is named here (and in the server
// log). Only for those who may publish: it names stories a contributor may
// not see.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { formatNewsroomDate } from "@/lib/format";
import { overdueItems } from "@/lib/publishing/scheduler";

export async function OverdueBanner({ actor }: { actor: Actor }) {
  if (!can(actor.role, "article:publish")) return null;
  const overdue = await overdueItems(new Date());
  if (!overdue.length) return null;
  return (
    <div role="alert" className="rounded border border-marquee-600 bg-marquee-50 p-3 text-sm text-marquee-900">
      <p className="font-semibold">
        {overdue.length === 1 ? "1 scheduled change is" : `${overdue.length} scheduled changes are`} more than a minute late. Check that the scheduler is
        running (the server log says why).
      </p>
      <ul className="mt-1 list-disc pl-5">
        {overdue.slice(0, 5).map((o) => (
          <li key={`${o.kind}:${o.id}`}>
            <Link href={`/admin/articles/${o.id}`} className="underline">
              {o.title}
            </Link>{" "}
            ({o.kind === "publish_at" ? "publish" : "unpublish"} due{" "}
            <time dateTime={o.due.toISOString()}>{formatNewsroomDate(o.due.toISOString(), getEnv().NEWSROOM_TIMEZONE)}</time>)
          </li>
        ))}
      </ul>
    </div>
  );
}
