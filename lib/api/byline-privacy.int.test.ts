// A contributor cannot use the Admin API's byline lookup to learn which
// emails belong to staff: an unknown email and a colleague's get the same answer.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as collection from "@/app/api/admin/articles/route";
import * as single from "@/app/api/admin/articles/[id]/route";
import { makeArticle, unique } from "@/tests/factories";
import { type Caller, call, expectRefused, makeCaller } from "@/tests/api-test-kit";

// No Next request context here, so no cookie to read: a request without a token has no session.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

let editor: Caller;
let writer: Caller;

beforeAll(async () => {
  [editor, writer] = await Promise.all([makeCaller("editor"), makeCaller("contributor")]);
});

const create = (body: unknown, token: string) => call(collection.POST, { method: "POST", body, token });
const patch = (id: string, body: unknown, token: string) =>
  call(single.PATCH, { method: "PATCH", path: `/api/admin/articles/${id}`, params: { id }, body, token });
const nobody = () => `${unique("nobody")}@example.test`;

describe("byline emails from a contributor", () => {
  it("on create: a colleague's email and an unknown one get the same refusal, and nothing changes", async () => {
    const cases = [[editor.email], [nobody()], [writer.email, editor.email], [writer.email, nobody()]];
    const answers = [];
    for (const bylines of cases) {
      const { status, json } = await expectRefused(() => create({ title: "Probe", bylines }, writer.token), 403, "forbidden");
      answers.push({ status, body: json });
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("on update: a colleague's email and an unknown one get the same refusal, and nothing changes", async () => {
    const draft = await makeArticle(writer);
    const answers = [];
    for (const bylines of [[editor.email], [nobody()], [writer.email, editor.email], [writer.email, nobody()]]) {
      const { status, json } = await expectRefused(() => patch(draft.id, { version: draft.version, bylines }, writer.token), 403, "forbidden");
      answers.push({ status, body: json });
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("still accepts the contributor's own email", async () => {
    const { status, json } = await create({ title: "Mine", bylines: [writer.email.toUpperCase()] }, writer.token);
    expect(status).toBe(201);
    expect(json.article.bylines.map((b: { id: string }) => b.id)).toEqual([writer.id]);
  });
});

describe("byline emails from an editor", () => {
  it("names the unknown email, since editors choose among all staff", async () => {
    const ghost = nobody();
    const { json } = await expectRefused(() => create({ title: "T", bylines: [ghost] }, editor.token), 422, "invalid");
    expect(json.error.fields.bylines).toEqual([`no user has the email "${ghost}"`]);
  });
});
