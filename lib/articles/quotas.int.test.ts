// Per-account quotas in PostgreSQL: stories and tags created per rolling 24
// hours (through the command and through the Admin API), and autosaves kept
// per article.
import { and, asc, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/admin/articles/route";
import * as single from "@/app/api/admin/articles/[id]/route";
import { db } from "@/db/client";
import { articleRevisions, articles, tags } from "@/db/schema";
import { type Caller, call, expectRefused, makeCaller } from "@/tests/api-test-kit";
import type { Actor } from "@/lib/auth/actor";
import { transitionArticle } from "@/lib/publishing/commands";
import { createTag } from "@/lib/tags/commands";
import { unique } from "@/tests/factories";
import { refusalOf } from "@/tests/refusal";
import { createArticle } from "./commands";
import { DAILY_QUOTAS, QUOTAS } from "./quotas";
import { restoreRevision } from "./revisions";
import { saveArticle } from "./update";

const hour = 3_600_000;

/** `n` stories by `actor`, created at `now` (the command's clock). */
async function createStories(actor: Actor, n: number, now = new Date()) {
  for (let i = 0; i < n; i++) await createArticle({ actor, now, fields: { title: `Quota story ${i + 1} ${unique("q")}` } });
}

const storiesBy = async (actor: Actor) => (await db.select({ n: count() }).from(articles).where(eq(articles.createdById, actor.id)))[0].n;

describe("stories per account per 24 hours", () => {
  it(`refuses the ${QUOTAS.storiesPerDay + 1}st story with rate_limited, a clear message and a retry time, writing nothing`, async () => {
    const writer = await makeCaller("contributor");
    await createStories(writer, QUOTAS.storiesPerDay);
    const error = await refusalOf(createArticle({ actor: writer, fields: { title: "One too many" } }));
    expect(error.code).toBe("rate_limited");
    expect(error.status).toBe(429);
    expect(error.message).toBe(`You have created ${QUOTAS.storiesPerDay} stories in the last 24 hours, the most one account may; try again later.`);
    expect(error.details.retryAfter).toBeGreaterThan(24 * 3600 - 120);
    expect(error.details.retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(await storiesBy(writer)).toBe(QUOTAS.storiesPerDay);
  });

  it("counts a rolling 24 hours per account: older stories and other people's do not count", async () => {
    const writer = await makeCaller("contributor");
    await createStories(writer, QUOTAS.storiesPerDay, new Date(Date.now() - 25 * hour));
    await createArticle({ actor: writer, fields: { title: "A day later" } });
    const colleague = await makeCaller("editor");
    await createArticle({ actor: colleague, fields: { title: "Someone else's" } });
    expect(await storiesBy(writer)).toBe(QUOTAS.storiesPerDay + 1);
  });

  it("gives editors a desk's room: a contributor's limit does not stop them", async () => {
    const editor = await makeCaller("editor");
    await createStories(editor, QUOTAS.storiesPerDay + 1);
    expect(await storiesBy(editor)).toBe(QUOTAS.storiesPerDay + 1);
    expect(DAILY_QUOTAS.editor.stories).toBeGreaterThan(QUOTAS.storiesPerDay);
  });

  it("holds under parallel creation: never more than the quota", async () => {
    const writer = await makeCaller("contributor");
    await createStories(writer, QUOTAS.storiesPerDay - 3);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => createArticle({ actor: writer, fields: { title: `Parallel ${i} ${unique("p")}` } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) expect(r.reason.code).toBe("rate_limited");
    expect(await storiesBy(writer)).toBe(QUOTAS.storiesPerDay);
  });

  describe("through the Admin API", () => {
    let writer: Caller;
    beforeAll(async () => {
      writer = await makeCaller("contributor");
      await createStories(writer, QUOTAS.storiesPerDay);
    });
    const create = (body: unknown) => call(collection.POST, { method: "POST", body, token: writer.token });

    it("answers 429 with Retry-After and writes nothing", async () => {
      const refused = await expectRefused(() => create({ title: "Over the limit" }), 429, "rate_limited");
      expect(refused.json.error.message).toMatch(/You have created 100 stories in the last 24 hours/);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    });

    it("creates none of the new tags a refused story named", async () => {
      const name = `Never created ${unique("t")}`;
      await expectRefused(() => create({ title: "Over the limit", tags: [{ name, kind: "topic" }] }), 429, "rate_limited");
      expect(await db.select().from(tags).where(eq(tags.name, name))).toEqual([]);
    });
  });
});

describe("tags per account per 24 hours", () => {
  /** `n` tags created by `actor` within the last day, straight into the table the quota counts. */
  async function tagsAlreadyCreated(actor: Actor, n: number) {
    const at = new Date(Date.now() - hour);
    await db.insert(tags).values(
      Array.from({ length: n }, () => {
        const slug = unique("made");
        return { slug, name: slug, kind: "topic" as const, createdById: actor.id, createdAt: at, listedAt: null };
      }),
    );
  }

  it("refuses a dashboard tag past the quota", async () => {
    const writer = await makeCaller("contributor");
    await tagsAlreadyCreated(writer, QUOTAS.tagsPerDay);
    const error = await refusalOf(createTag(writer, { name: `Too many ${unique("t")}`, kind: "show" }));
    expect(error.code).toBe("rate_limited");
    expect(error.message).toBe(`You have created ${QUOTAS.tagsPerDay} tags in the last 24 hours, the most one account may; try again later.`);
    // Using an existing tag is not creating one.
    const [existing] = await db.select().from(tags).where(eq(tags.createdById, writer.id)).limit(1);
    expect((await createTag(writer, { name: existing.name, kind: "topic" })).id).toBe(existing.id);
  });

  it("refuses an API save whose new tags would pass the quota, creating none of them and saving nothing", async () => {
    const writer = await makeCaller("contributor");
    await tagsAlreadyCreated(writer, QUOTAS.tagsPerDay - 1);
    const draft = await createArticle({ actor: writer, fields: { title: "Tagged later" } });
    const names = [`First ${unique("t")}`, `Second ${unique("t")}`];
    const refused = await expectRefused(
      () =>
        call(single.PATCH, {
          method: "PATCH",
          path: `/api/admin/articles/${draft.id}`,
          params: { id: draft.id },
          body: { version: draft.version, tags: names.map((name) => ({ name, kind: "topic" })) },
          token: writer.token,
        }),
      429,
      "rate_limited",
    );
    expect(refused.json.error.message).toMatch(/This would make 201 tags/);
    const one = await call(single.PATCH, {
      method: "PATCH",
      path: `/api/admin/articles/${draft.id}`,
      params: { id: draft.id },
      body: { version: draft.version, tags: [{ name: names[0], kind: "topic" }] },
      token: writer.token,
    });
    expect(one.status).toBe(200);
    expect(one.json.article.tags.map((t: { name: string }) => t.name)).toEqual([names[0]]);
  });

  it("records who created a tag", async () => {
    const writer = await makeCaller("contributor");
    const tag = await createTag(writer, { name: `Mine ${unique("t")}`, kind: "film" });
    const [row] = await db.select({ createdById: tags.createdById }).from(tags).where(eq(tags.id, tag.id));
    expect(row.createdById).toBe(writer.id);
  });
});

describe("autosaves kept per article", () => {
  it(`keeps the newest ${QUOTAS.autosavesPerArticle} autosaves and every named save, restore and publish`, async () => {
    const editor = await makeCaller("editor");
    const start = Date.now() - 30 * 24 * hour;
    // Autosaves more than 10 minutes apart are separate revisions.
    const at = (i: number) => new Date(start + i * 11 * 60_000);
    const draft = await createArticle({ actor: editor, now: at(0), fields: { title: "Autosaved a lot" } });
    let version = draft.version;
    const save = async (i: number, kind: "autosave" | "save") =>
      (version = (await saveArticle({ actor: editor, articleId: draft.id, version, kind, now: at(i), fields: { dek: `Take ${i}` } })).version);
    for (let i = 1; i <= 20; i++) await save(i, "autosave");
    await save(21, "save");
    version = (await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version, now: at(22) })).version;
    version = (await restoreRevision({ actor: editor, articleId: draft.id, number: 1, version })).version;
    for (let i = 23; i <= 70; i++) await save(i, "autosave");

    const revisions = await db
      .select({ number: articleRevisions.number, kind: articleRevisions.kind })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, draft.id))
      .orderBy(asc(articleRevisions.number));
    const autosaves = revisions.filter((r) => r.kind === "autosave").map((r) => r.number);
    expect(autosaves).toHaveLength(QUOTAS.autosavesPerArticle);
    // 68 autosaves were written (numbers 2-21 and 25-72): the oldest 18 are gone.
    expect(autosaves[0]).toBe(20);
    expect(autosaves.at(-1)).toBe(72);
    expect(revisions.filter((r) => r.kind !== "autosave")).toEqual([
      { number: 1, kind: "create" },
      { number: 22, kind: "save" },
      { number: 23, kind: "publish" },
      { number: 24, kind: "restore" },
    ]);
  });

  it("leaves other articles' autosaves alone", async () => {
    const writer = await makeCaller("contributor");
    const a = await createArticle({ actor: writer, fields: { title: "Article A" } });
    const b = await createArticle({ actor: writer, fields: { title: "Article B" } });
    await saveArticle({ actor: writer, articleId: a.id, version: a.version, kind: "autosave", fields: { dek: "a" } });
    let version = b.version;
    for (let i = 0; i < QUOTAS.autosavesPerArticle + 3; i++) {
      const now = new Date(Date.now() + i * 11 * 60_000);
      version = (await saveArticle({ actor: writer, articleId: b.id, version, kind: "autosave", now, fields: { dek: `b ${i}` } })).version;
    }
    const kept = async (id: string) =>
      (
        await db
          .select({ n: count() })
          .from(articleRevisions)
          .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "autosave")))
      )[0].n;
    expect(await kept(a.id)).toBe(1);
    expect(await kept(b.id)).toBe(QUOTAS.autosavesPerArticle);
  });
});
