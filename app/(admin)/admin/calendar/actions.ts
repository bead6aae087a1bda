"use server";
// Rescheduling from the editorial calendar: a drop on another day or the
// keyboard form. Times arrive as the newsroom's wall clock.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getEnv } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { transitionArticle } from "@/lib/publishing/commands";
import { zonedLocalToUtc } from "@/lib/time/zoned";

export async function rescheduleAction(input: unknown) {
  const schema = z
    .object({
      id: z.uuid(),
      version: z.number().int().min(1),
      kind: z.enum(["publish", "unpublish"]),
      local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must be a date and time"),
    })
    .strict();
  return runAction({ permission: "article:publish", schema, input }, async ({ actor }, i) => {
    const at = zonedLocalToUtc(i.local, getEnv().NEWSROOM_TIMEZONE);
    if (!at) throw invalid("Choose a real date and time.", { local: ["is not a date and time"] });
    const action = i.kind === "publish" ? "schedule" : "schedule_unpublish";
    const result = await transitionArticle({ actor, articleId: i.id, action, version: i.version, at });
    return { version: result.version, at: at.toISOString() };
  });
}
