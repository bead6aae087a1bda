// Admin API: workflow actions, revision history and the OpenAPI document,
// called through the exported route handlers with bearer tokens.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as workflow from "@/app/api/admin/articles/[id]/[action]/route";
import * as single from "@/app/api/admin/articles/[id]/route";
import * as revisions from "@/app/api/admin/articles/[id]/revisions/route";
import * as openapi from "@/app/api/admin/openapi.json/route";
import { db } from "@/db/client";
import { articleRevisions, liveArticles } from "@/db/schema";
import { articleCreateSchema, workflowRoutes } from "@/lib/api/schemas";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle } from "@/tests/factories";
import { type Caller, call, expectRefused, inHours, makeCaller, postWorkflowAction } from "@/tests/api-test-kit";

// No Next request context here, so no cookie to read: a request without a token has no session.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

let editor: Caller;
let writer: Caller;
let otherWriter: Caller;

beforeAll(async () => {
  [editor, writer, otherWriter] = await Promise.all([makeCaller("editor"), makeCaller("contributor"), makeCaller("contributor")]);
});

const act = (id: string, action: string, body: unknown, token: string | null = editor.token) => postWorkflowAction(id, action, body, token);
const history = (id: string, token: string | null = editor.token) =>
  call(revisions.GET, { path: `/api/admin/articles/${id}/revisions`, params: { id }, token });

describe("POST /api/admin/articles/:id/:action", () => {
  it("takes a contributor's draft through submit, send-back, resubmit and publish", async () => {
    const draft = await makeArticle(writer, { title: "Through the workflow" });
    const submitted = await act(draft.id, "submit", { version: 1 }, writer.token);
    expect(submitted.status).toBe(200);
    expect(submitted.json.article).toMatchObject({ status: "in_review", version: 2, url: null });

    const sentBack = await act(draft.id, "send-back", { version: 2, note: "Needs a second source." });
    expect(sentBack.json.article).toMatchObject({ status: "draft", version: 3, reviewNote: "Needs a second source." });

    await act(draft.id, "submit", { version: 3 }, writer.token);
    const published = await act(draft.id, "publish", { version: 4 });
    expect(published.status).toBe(200);
    expect(published.json.article).toMatchObject({ status: "published", version: 5, url: `/articles/${draft.slug}` });
    expect(published.json.article.publishedAt).toEqual(expect.any(String));
  });

  it("publishes the changes when publish is called on a live article", async () => {
    const draft = await makeArticle(editor, { title: "Live one" });
    const first = await act(draft.id, "publish", { version: draft.version });
    const edited = await call(single.PATCH, {
      method: "PATCH",
      path: `/api/admin/articles/${draft.id}`,
      params: { id: draft.id },
      body: { version: first.json.article.version, title: "Live one, corrected" },
      token: editor.token,
    });
    const [liveBefore] = await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id));
    expect(liveBefore.title).toBe("Live one");
    const again = await act(draft.id, "publish", { version: edited.json.article.version });
    expect(again.status).toBe(200);
    expect(again.json.article.status).toBe("published");
    const [liveAfter] = await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id));
    expect(liveAfter.title).toBe("Live one, corrected");
    const kinds = (await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id))).map((r) => r.kind);
    expect(kinds.filter((k) => k === "publish")).toHaveLength(2);
  });

  it("schedules at a time with an offset, cancels, publishes, unpublishes and returns to draft", async () => {
    const draft = await makeArticle(editor);
    const at = inHours(24);
    const offset = at.toISOString().replace("Z", "+00:00");
    const scheduled = await act(draft.id, "schedule", { version: 1, at: offset });
    expect(scheduled.status).toBe(200);
    expect(scheduled.json.article).toMatchObject({ status: "scheduled", publishAt: at.toISOString() });

    const canceled = await act(draft.id, "cancel-schedule", { version: 2 });
    expect(canceled.json.article).toMatchObject({ status: "draft", publishAt: null });

    await act(draft.id, "publish", { version: 3 });
    const unpublished = await act(draft.id, "unpublish", { version: 4 });
    expect(unpublished.json.article).toMatchObject({ status: "unpublished", url: null });
    expect(await db.select().from(liveArticles).where(eq(liveArticles.articleId, draft.id))).toEqual([]);

    const back = await act(draft.id, "to-draft", { version: 5 });
    expect(back.json.article).toMatchObject({ status: "draft", version: 6 });
  });

  it("accepts a time in another zone and stores the same instant", async () => {
    const draft = await makeArticle(editor);
    const at = inHours(48);
    at.setUTCMilliseconds(0);
    const local = new Date(at.getTime() - 4 * 3_600_000).toISOString().replace(/\.000Z$/, "-04:00");
    const { json } = await act(draft.id, "schedule", { version: 1, at: local });
    expect(json.article.publishAt).toBe(at.toISOString());
  });

  describe("refuses, changing nothing,", () => {
    it.each(["publish", "schedule", "unpublish", "send-back", "cancel-schedule", "to-draft"])("a contributor's %s (403)", async (action) => {
      const draft = await makeArticle(writer);
      let version = draft.version;
      if (action === "unpublish") version = (await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version })).version;
      const body = action === "schedule" ? { version, at: inHours(2).toISOString() } : { version };
      await expectRefused(() => act(draft.id, action, body, writer.token), 403, "forbidden");
    });

    it("a contributor's forged submit of another contributor's draft (404)", async () => {
      const draft = await makeArticle(otherWriter);
      await expectRefused(() => act(draft.id, "submit", { version: draft.version }, writer.token), 404, "not_found");
    });

    it("an unknown id and an id that is not a uuid (404)", async () => {
      await expectRefused(() => act("00000000-0000-4000-8000-000000000000", "publish", { version: 1 }), 404, "not_found");
      await expectRefused(() => act("not-a-uuid", "publish", { version: 1 }), 404, "not_found");
    });

    it("an unknown action (404 JSON naming the actions), whatever the body", async () => {
      const draft = await makeArticle(editor);
      const { json } = await expectRefused(() => act(draft.id, "delete", { version: 1 }), 404, "not_found");
      expect(json.error.message).toMatch(/send-back/);
      await expectRefused(() => act(draft.id, "send_back", { nonsense: true }), 404, "not_found");
    });

    it("an unknown action without a token (401, not 404)", async () => {
      const draft = await makeArticle(editor);
      await expectRefused(() => act(draft.id, "delete", { version: 1 }, null), 401, "unauthenticated");
    });

    it.each([
      ["no token", null],
      ["an unknown token", "mq_notarealtokenatallnotarealtoken"],
    ])("with %s (401)", async (_name, token) => {
      const draft = await makeArticle(editor);
      await expectRefused(() => act(draft.id, "publish", { version: 1 }, token), 401, "unauthenticated");
    });

    it("a stale version (409 with currentVersion)", async () => {
      const draft = await makeArticle(editor);
      await act(draft.id, "submit", { version: 1 });
      const { json } = await expectRefused(() => act(draft.id, "publish", { version: 1 }), 409, "conflict");
      expect(json.error.currentVersion).toBe(2);
    });

    it("an action that does not apply in the article's status (409)", async () => {
      const draft = await makeArticle(editor);
      const { json } = await expectRefused(() => act(draft.id, "unpublish", { version: 1 }), 409, "conflict");
      expect(json.error.currentStatus).toBe("draft");
    });

    it.each([
      ["a zone-less time", "schedule", { version: 1, at: "2030-01-01T09:00:00" }, "at"],
      ["a date without a time", "schedule", { version: 1, at: "2030-01-01" }, "at"],
      ["a time that is not a date", "schedule", { version: 1, at: "tomorrow at nine" }, "at"],
      ["a past time", "schedule", { version: 1, at: "2020-01-01T09:00:00Z" }, "at"],
      ["no time", "schedule", { version: 1 }, "at"],
      ["a time on publish", "publish", { version: 1, at: "2030-01-01T09:00:00Z" }, "_"],
      ["a note on submit", "submit", { version: 1, note: "hi" }, "_"],
      ["no version", "submit", {}, "version"],
      ["a version that is a string", "submit", { version: "1" }, "version"],
      ["a version that is a fraction", "submit", { version: 1.5 }, "version"],
    ])("%s (422)", async (_name, action, body, field) => {
      const draft = await makeArticle(editor);
      const { json } = await expectRefused(() => act(draft.id, action, body), 422, "invalid");
      expect(Object.keys(json.error.fields)).toContain(field);
    });

    it("says what a time must look like", async () => {
      const draft = await makeArticle(editor);
      const { json } = await act(draft.id, "schedule", { version: 1, at: "2030-01-01T09:00:00" });
      expect(json.error.fields.at).toEqual(["must be an ISO 8601 date and time with an offset, e.g. 2026-07-01T09:00:00-04:00"]);
    });

    it("malformed JSON (400) and a body over 1 MB (413)", async () => {
      const draft = await makeArticle(editor);
      const base = { method: "POST", path: `/api/admin/articles/${draft.id}/submit`, params: { id: draft.id, action: "submit" }, token: editor.token };
      await expectRefused(() => call(workflow.POST, { ...base, raw: "{" }), 400, "bad_request");
      await expectRefused(() => call(workflow.POST, { ...base, body: { version: 1, note: "x".repeat(1_000_001) } }), 413, "too_large");
    });
  });
});

describe("GET /api/admin/articles/:id/revisions", () => {
  it("lists revisions newest first with number, kind, author, time and title", async () => {
    const draft = await makeArticle(writer, { title: "Revised" });
    await call(single.PATCH, {
      method: "PATCH",
      path: `/api/admin/articles/${draft.id}`,
      params: { id: draft.id },
      body: { version: 1, title: "Revised again" },
      token: writer.token,
    });
    await act(draft.id, "publish", { version: 2 });
    const { status, json } = await history(draft.id, writer.token);
    expect(status).toBe(200);
    expect(json).toEqual({
      items: [
        { number: 3, kind: "publish", author: editor.name, createdAt: expect.any(String), title: "Revised again" },
        { number: 2, kind: "save", author: writer.name, createdAt: expect.any(String), title: "Revised again" },
        { number: 1, kind: "create", author: writer.name, createdAt: expect.any(String), title: "Revised" },
      ],
    });
  });

  it("hides another contributor's history (404), answers 404 to a bad id and 401 without a token", async () => {
    const draft = await makeArticle(otherWriter);
    expect((await history(draft.id, writer.token)).status).toBe(404);
    expect((await history("nope")).json.error.code).toBe("not_found");
    expect((await history(draft.id, null)).status).toBe(401);
  });
});

describe("GET /api/admin/openapi.json", () => {
  it("is public, cacheable, and generated from the schemas the routes parse with", async () => {
    const response = openapi.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    const text = await response.text();
    const document = JSON.parse(text);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/admin/articles",
        "/api/admin/articles/{id}",
        "/api/admin/articles/{id}/revisions",
        ...Object.keys(workflowRoutes).map((segment) => `/api/admin/articles/{id}/${segment}`),
      ]),
    );
    const create = document.components.schemas.ArticleCreate;
    expect(Object.keys(create.properties).sort()).toEqual(Object.keys(articleCreateSchema.shape).sort());
    expect(create.required).toEqual(["title"]);
    expect(create.additionalProperties).toBe(false);
    expect(document.components.schemas.ScheduleRequest.required).toEqual(["version", "at"]);
    expect(document.paths["/api/admin/articles/{id}/schedule"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/ScheduleRequest",
    });
    // Nothing from the environment or the database leaks into it.
    expect(text).not.toMatch(/mq_[A-Za-z0-9]|postgres:\/\/|AUTH_SECRET|@example\.test/);
  });
});
