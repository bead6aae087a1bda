// Scheduling through the Admin API: reschedule, time-limited stories, and the
// requests that must be refused without changing anything.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articles, auditEvents } from "@/db/schema";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle } from "@/tests/factories";
import { type Caller, expectRefused, inHours, makeCaller, postWorkflowAction } from "@/tests/api-test-kit";

// No Next request context here, so no cookie to read: a request without a token has no session.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

let editor: Caller;
let otherEditor: Caller;
let writer: Caller;

beforeAll(async () => {
  [editor, otherEditor, writer] = await Promise.all([makeCaller("editor"), makeCaller("editor"), makeCaller("contributor")]);
});

const act = (id: string, action: string, body: unknown, token: string | null = editor.token) => postWorkflowAction(id, action, body, token);

describe("scheduling through the Admin API", () => {
  it("reschedules, adds an unpublish time, and keeps the story up again", async () => {
    const draft = await makeArticle(editor);
    const first = await act(draft.id, "schedule", { version: 1, at: inHours(2).toISOString() });
    const later = inHours(5);
    const moved = await act(draft.id, "schedule", { version: first.json.article.version, at: later.toISOString() });
    expect(moved.json.article).toMatchObject({ status: "scheduled", publishAt: later.toISOString(), unpublishAt: null });

    const down = inHours(29);
    const limited = await act(draft.id, "schedule-unpublish", { version: moved.json.article.version, at: down.toISOString() });
    expect(limited.json.article).toMatchObject({ status: "scheduled", publishAt: later.toISOString(), unpublishAt: down.toISOString() });

    const kept = await act(draft.id, "cancel-unpublish", { version: limited.json.article.version });
    expect(kept.json.article).toMatchObject({ status: "scheduled", unpublishAt: null });
    const trail = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(["article.schedule", "article.schedule_unpublish", "article.cancel_unpublish"]));
  });

  it("schedules publish and unpublish in one call, and a live story's unpublish alone", async () => {
    const draft = await makeArticle(editor);
    const at = inHours(1);
    const down = inHours(25);
    const both = await act(draft.id, "schedule", { version: 1, at: at.toISOString(), unpublishAt: down.toISOString() });
    expect(both.json.article).toMatchObject({ publishAt: at.toISOString(), unpublishAt: down.toISOString() });

    const live = await makeArticle(editor);
    const published = await act(live.id, "publish", { version: 1 });
    const set = await act(live.id, "schedule-unpublish", { version: published.json.article.version, at: down.toISOString() });
    expect(set.json.article).toMatchObject({ status: "published", unpublishAt: down.toISOString() });
  });

  it("publishes a scheduled story now when asked, forgetting its publish time", async () => {
    const draft = await makeArticle(editor);
    await act(draft.id, "schedule", { version: 1, at: inHours(3).toISOString() });
    const now = await act(draft.id, "publish", { version: 2 });
    expect(now.json.article).toMatchObject({ status: "published", publishAt: null, url: `/articles/${draft.slug}` });
  });

  describe("refuses, changing nothing,", () => {
    it("a schedule on an article that is already published (409)", async () => {
      const draft = await makeArticle(editor);
      const published = await act(draft.id, "publish", { version: 1 });
      const { json } = await expectRefused(
        () => act(draft.id, "schedule", { version: published.json.article.version, at: inHours(2).toISOString() }),
        409,
        "conflict",
      );
      expect(json.error.currentStatus).toBe("published");
    });

    it("a schedule on a deleted article (404)", async () => {
      const draft = await makeArticle(editor);
      await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, draft.id));
      await expectRefused(() => act(draft.id, "schedule", { version: 1, at: inHours(2).toISOString() }), 404, "not_found");
    });

    it("an unpublish time before the publish time (422)", async () => {
      const draft = await makeArticle(editor);
      const { json } = await expectRefused(
        () => act(draft.id, "schedule", { version: 1, at: inHours(5).toISOString(), unpublishAt: inHours(4).toISOString() }),
        422,
        "invalid",
      );
      expect(json.error.fields.unpublishAt).toEqual(["must be after the publish time"]);
    });

    it.each([
      ["a past unpublish time", { at: "2020-01-01T09:00:00Z" }],
      ["a zone-less unpublish time", { at: "2030-01-01T09:00:00" }],
      ["no unpublish time", {}],
    ])("%s (422)", async (_name, extra) => {
      const draft = await makeArticle(editor);
      const published = await act(draft.id, "publish", { version: 1 });
      await expectRefused(() => act(draft.id, "schedule-unpublish", { version: published.json.article.version, ...extra }), 422, "invalid");
    });

    it("an unpublish time for a draft, and cancelling one that was never set (409)", async () => {
      const draft = await makeArticle(editor);
      await expectRefused(() => act(draft.id, "schedule-unpublish", { version: 1, at: inHours(2).toISOString() }), 409, "conflict");
      const published = await act(draft.id, "publish", { version: 1 });
      await expectRefused(() => act(draft.id, "cancel-unpublish", { version: published.json.article.version }), 409, "conflict");
    });

    it("a contributor setting or cancelling an unpublish time (403)", async () => {
      const draft = await makeArticle(writer);
      const { version } = await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: 1 });
      await expectRefused(() => act(draft.id, "schedule-unpublish", { version, at: inHours(2).toISOString() }, writer.token), 403, "forbidden");
      await expectRefused(() => act(draft.id, "cancel-unpublish", { version }, writer.token), 403, "forbidden");
    });
  });

  it("lets one of two editors rescheduling the same story at once win; the other hears 409", async () => {
    const draft = await makeArticle(editor);
    const scheduled = await act(draft.id, "schedule", { version: 1, at: inHours(2).toISOString() });
    const version = scheduled.json.article.version;
    const [a, b] = await Promise.all([
      act(draft.id, "schedule", { version, at: inHours(3).toISOString() }),
      act(draft.id, "schedule", { version, at: inHours(4).toISOString() }, otherEditor.token),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const [row] = await db.select().from(articles).where(eq(articles.id, draft.id));
    expect(row.publishAt?.toISOString()).toBe(winner.json.article.publishAt);
    expect(row.version).toBe(version + 1);
  });
});
