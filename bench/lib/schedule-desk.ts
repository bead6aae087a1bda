// The benchmark's newsroom desk for scheduling: writes and schedules stories
// through the app's own commands (so NOTIFY and the audit trail are real),
// and checks afterwards that each went live exactly once. Imported only
// after DATABASE_URL points at the benchmark's database.
import { and, eq, inArray, sql as raw } from "drizzle-orm";
import { db } from "@/db/client";
import { articleRevisions, auditEvents, sections, tags, users } from "@/db/schema";
import { createArticle } from "@/lib/articles/commands";
import type { Actor } from "@/lib/auth/actor";
import { doc, p } from "@/lib/content/build";
import { transitionArticle } from "@/lib/publishing/commands";
import type { ScheduledProbe } from "./schedule-watch";

const run = Date.now().toString(36);

async function editor(): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.role, "editor")).limit(1);
  return { id: row.id, role: row.role, name: row.name };
}

/** One story per time, written now and scheduled for its time. */
export async function scheduleStories(label: string, times: Date[]): Promise<ScheduledProbe[]> {
  const actor = await editor();
  const [section] = await db.select().from(sections).limit(1);
  const [tag] = await db.select().from(tags).limit(1);
  return Promise.all(
    times.map(async (at, i) => {
      const title = `Schedule probe ${run} ${label} ${String(i + 1).padStart(3, "0")}`;
      const draft = await createArticle({
        actor,
        fields: { title, dek: "A benchmark probe.", body: doc(p("Written by the scheduling benchmark.")), sectionId: section.id, tagIds: [tag.id] },
      });
      await transitionArticle({ actor, articleId: draft.id, action: "schedule", version: draft.version, at });
      return { id: draft.id, slug: draft.slug, title, at };
    }),
  );
}

/** What broke "exactly once" for these stories (none published twice, none left unpublished), or nothing. */
export async function exactlyOnceProblems(ids: string[]): Promise<string[]> {
  const revisions = await db
    .select({ id: articleRevisions.articleId, n: raw<number>`count(*)::int` })
    .from(articleRevisions)
    .where(and(inArray(articleRevisions.articleId, ids), eq(articleRevisions.kind, "publish")))
    .groupBy(articleRevisions.articleId);
  const events = await db
    .select({ id: auditEvents.entityId, n: raw<number>`count(*)::int` })
    .from(auditEvents)
    .where(and(inArray(auditEvents.entityId, ids), eq(auditEvents.action, "article.scheduled_publish")))
    .groupBy(auditEvents.entityId);
  const problems: string[] = [];
  const twice = [...revisions, ...events].filter((r) => r.n > 1).length;
  if (twice) problems.push(`${twice} publish revisions or audit events written more than once`);
  if (revisions.length < ids.length) problems.push(`${ids.length - revisions.length} stories not published by the end of the run`);
  return problems;
}

/**
 * Per story, milliseconds from its due time to the commit of the transaction
 * that wrote its `article.scheduled_publish` event (the server must run with
 * track_commit_timestamp=on): null where there is none.
 */
export async function claimLateness(probes: ScheduledProbe[]): Promise<(number | null)[]> {
  const rows = await db
    .select({ id: auditEvents.entityId, committedMs: raw<number>`(extract(epoch from pg_xact_commit_timestamp(${auditEvents}.xmin)) * 1000)::float8` })
    .from(auditEvents)
    .where(
      and(
        inArray(
          auditEvents.entityId,
          probes.map((p) => p.id),
        ),
        eq(auditEvents.action, "article.scheduled_publish"),
      ),
    );
  const committed = new Map(rows.map((r) => [r.id, r.committedMs]));
  return probes.map((p) => {
    const at = committed.get(p.id);
    return at === undefined || at === null ? null : at - p.at.getTime();
  });
}
