// Admin API: list, create, read and update articles, called through the
// exported route handlers with bearer tokens.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as collection from "@/app/api/admin/articles/route";
import * as single from "@/app/api/admin/articles/[id]/route";
import { db } from "@/db/client";
import { articleRevisions, articles, tags } from "@/db/schema";
import { createArticle } from "@/lib/articles/commands";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { doc, p } from "@/lib/content/build";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeSection, makeTag, makeUser, unique } from "@/tests/factories";
import { type Caller, call, expectRefused, makeCaller } from "@/tests/api-test-kit";
import { variantsSettled } from "@/lib/media/variant-queue";

// No Next request context here, so no cookie to read: a request without a token has no session.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

let editor: Caller;
let writer: Caller;
let otherWriter: Caller;

beforeAll(async () => {
  [editor, writer, otherWriter] = await Promise.all([makeCaller("editor"), makeCaller("contributor"), makeCaller("contributor")]);
});

const list = (query = "", token: string | null = editor.token) => call(collection.GET, { path: `/api/admin/articles${query}`, token });
const create = (body: unknown, token: string | null = editor.token) => call(collection.POST, { method: "POST", body, token });
const read = (id: string, token: string | null = editor.token) => call(single.GET, { path: `/api/admin/articles/${id}`, params: { id }, token });
const patch = (id: string, body: unknown, token: string | null = editor.token) =>
  call(single.PATCH, { method: "PATCH", path: `/api/admin/articles/${id}`, params: { id }, body, token });

async function revokedToken() {
  const user = await makeUser("editor");
  const { id, token } = await createApiToken(user, { name: "to revoke", userId: user.id });
  await revokeApiToken(user, { id });
  return token;
}

const ARTICLE_KEYS = [
  "bodyHtml",
  "bylines",
  "correctionNote",
  "createdAt",
  "dek",
  "heroImageAlt",
  "heroImageCredit",
  "heroImageUrl",
  "heroMediaId",
  "id",
  "previewUrl",
  "publishAt",
  "publishedAt",
  "reviewNote",
  "section",
  "seoDescription",
  "seoTitle",
  "slug",
  "status",
  "tags",
  "title",
  "unpublishAt",
  "updatedAt",
  "url",
  "version",
];

describe("authentication on every article endpoint", () => {
  it.each([
    ["no token", null],
    ["a malformed token", "not-a-token"],
    ["an unknown token", "mq_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
  ])("answers 401 to %s and changes nothing", async (_name, token) => {
    const draft = await makeArticle(editor);
    for (const request of [
      () => list("", token),
      () => create({ title: "Sneaky" }, token),
      () => read(draft.id, token),
      () => patch(draft.id, { version: draft.version, title: "Sneaky" }, token),
    ]) {
      await expectRefused(request, 401, "unauthenticated");
    }
  });

  it("answers 401 to a revoked token, and to a scheme other than Bearer", async () => {
    const token = await revokedToken();
    await expectRefused(() => create({ title: "After revocation" }, token), 401, "unauthenticated");
    await expectRefused(
      () => call(collection.POST, { method: "POST", body: { title: "Basic" }, headers: { authorization: `Basic ${editor.token}` } }),
      401,
      "unauthenticated",
    );
  });
});

describe("GET /api/admin/articles", () => {
  it("lists items with their section, tags and bylines, last changed first", async () => {
    const section = await makeSection();
    const tag = await makeTag("show");
    const title = `Listed ${unique("x")}`;
    const draft = await makeArticle(editor, { title, sectionId: section.id, tagIds: [tag.id] });
    const { status, json } = await list(`?q=${encodeURIComponent(title)}`);
    expect(status).toBe(200);
    expect(json).toEqual({
      items: [
        {
          id: draft.id,
          slug: draft.slug,
          title,
          status: "draft",
          version: 1,
          updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
          publishAt: null,
          section: { slug: section.slug, name: section.name },
          tags: [{ slug: tag.slug, name: tag.name, kind: "show" }],
          bylines: [{ id: editor.id, name: editor.name, email: editor.email }],
        },
      ],
      nextCursor: null,
    });
  });

  it("pages with an opaque cursor through rows that share an update time, without skipping or repeating", async () => {
    const marker = unique("page");
    const now = new Date("2024-05-01T12:00:00.000Z");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await createArticle({ actor: editor, fields: { title: `${marker} ${i}` }, now: i < 3 ? now : new Date(now.getTime() + i) })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const { status, json } = await list(`?q=${marker}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      expect(json.items.length).toBeLessThanOrEqual(2);
      seen.push(...json.items.map((i: { id: string }) => i.id));
      cursor = json.nextCursor;
      if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      pages++;
    }
    expect(pages).toBe(3);
    const tied = ids.slice(0, 3).sort().reverse();
    expect(seen).toEqual([ids[4], ids[3], ...tied]);
  });

  it("keeps microsecond order that a JavaScript date would lose", async () => {
    const marker = unique("micro");
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await makeArticle(editor, { title: `${marker} ${i}` }));
    const times = ["2023-01-01 00:00:00.123457+00", "2023-01-01 00:00:00.123456+00", "2023-01-01 00:00:00.123455+00"];
    for (const [i, a] of made.entries())
      await db
        .update(articles)
        .set({ updatedAt: sql`${times[i]}::timestamptz` })
        .where(eq(articles.id, a.id));
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const { json } = await list(`?q=${marker}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...json.items.map((i: { id: string }) => i.id));
      cursor = json.nextCursor;
    }
    expect(seen).toEqual(made.map((a) => a.id));
  });

  it("filters by status, by tag slug or name, and by words in the title", async () => {
    const marker = unique("filter");
    const tag = await makeTag("person");
    const tagged = await makeArticle(editor, { title: `${marker} tagged`, tagIds: [tag.id] });
    const other = await makeArticle(editor, { title: `${marker} other` });
    await transitionArticle({ actor: editor, articleId: other.id, action: "publish", version: other.version });
    const ids = async (query: string) => (await list(`?q=${marker}&${query}`)).json.items.map((i: { id: string }) => i.id);
    expect(await ids(`tag=${tag.slug}`)).toEqual([tagged.id]);
    expect(await ids(`tag=${encodeURIComponent(tag.name.toUpperCase())}`)).toEqual([tagged.id]);
    expect(await ids("status=published")).toEqual([other.id]);
    expect(await ids("status=draft")).toEqual([tagged.id]);
    expect(await ids("status=&tag=&cursor=")).toEqual([other.id, tagged.id]);
  });

  it("shows a contributor only the articles they created or carry a byline on", async () => {
    const marker = unique("mine");
    const own = await makeArticle(writer, { title: `${marker} own` });
    const credited = await makeArticle(editor, { title: `${marker} credited`, bylineIds: [editor.id, writer.id] });
    await makeArticle(otherWriter, { title: `${marker} someone else's` });
    await makeArticle(editor, { title: `${marker} editor's` });
    const { json } = await list(`?q=${marker}`, writer.token);
    expect(json.items.map((i: { id: string }) => i.id).sort()).toEqual([own.id, credited.id].sort());
  });

  it.each([
    ["not base64", "%%%"],
    ["base64 of rubbish", Buffer.from("rubbish").toString("base64url")],
    ["a cursor with an id that is not a uuid", Buffer.from("1700000000000000.1 OR 1=1").toString("base64url")],
    ["a timestamp too large to be one", Buffer.from(`99999999999999999999.${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`).toString("base64url")],
  ])("refuses %s with 400 and a clear message", async (_name, cursor) => {
    const { status, json } = await list(`?cursor=${cursor}`);
    expect(status).toBe(400);
    expect(json.error).toEqual({ code: "bad_request", message: expect.stringMatching(/cursor/), fields: { cursor: ["is not valid"] } });
  });

  it("refuses an unknown status, an unknown parameter and a bad limit with 422 naming them", async () => {
    expect((await list("?status=live")).json.error).toMatchObject({ code: "invalid", fields: { status: [expect.any(String)] } });
    expect((await list("?sort=title")).json.error.fields._[0]).toMatch(/sort/);
    expect((await list("?limit=1000")).status).toBe(422);
    expect((await list("?limit=abc")).json.error.fields.limit).toHaveLength(1);
  });
});

describe("POST /api/admin/articles", () => {
  it("creates a draft from Markdown with section, tags by slug, name or {name, kind}, and bylines by email", async () => {
    const section = await makeSection();
    const bySlug = await makeTag("show");
    const byName = await makeTag("person");
    const newName = `Fresh Tag ${unique("n")}`;
    const coAuthor = await makeUser("contributor");
    const { status, json, headers } = await create({
      title: "Harrow Bay returns",
      dek: "The show is back",
      bodyMarkdown: "## Cast\n\nThe *whole* cast is [back](https://example.test/cast).\n\n<script>alert(1)</script>",
      section: section.slug,
      tags: [bySlug.slug, byName.name.toLowerCase(), { name: newName, kind: "film" }, bySlug.slug],
      bylines: [editor.email.toUpperCase(), coAuthor.email],
    });
    expect(status).toBe(201);
    expect(headers.get("location")).toBe(`/api/admin/articles/${json.article.id}`);
    expect(Object.keys(json.article).sort()).toEqual(ARTICLE_KEYS);
    expect(json.article).toMatchObject({
      title: "Harrow Bay returns",
      dek: "The show is back",
      status: "draft",
      version: 1,
      url: null,
      previewUrl: `/api/admin/articles/${json.article.id}/preview`,
      bodyHtml: '<h2>Cast</h2>\n<p>The <em>whole</em> cast is <a href="https://example.test/cast" rel="noopener noreferrer">back</a>.</p>',
      section: { slug: section.slug, name: section.name },
      bylines: [
        { id: editor.id, name: editor.name, email: editor.email },
        { id: coAuthor.id, name: coAuthor.name, email: coAuthor.email },
      ],
    });
    expect(json.article.slug).toMatch(/^harrow-bay-returns/);
    expect(json.article.tags.map((t: { slug: string }) => t.slug)).toEqual([bySlug.slug, byName.slug, newName.toLowerCase().replace(/ /g, "-")]);
    const [created] = await db.select().from(tags).where(eq(tags.name, newName));
    expect(created.kind).toBe("film");
  });

  it("creates from HTML, keeping no script and no event handler", async () => {
    const { status, json } = await create({
      title: "Pasted story",
      bodyHtml:
        '<p onclick="x()">Hello <b>there</b></p><script>alert(1)</script><img src="x" onerror="alert(1)"><img src="/images/demo/vinyl-record.svg" alt="A" onerror="alert(2)">',
    });
    expect(status).toBe(201);
    // The image is imported into the media library (lib/api/media-api.int.test.ts) and shown from there:
    // its original until its variants exist, then their srcset.
    expect(json.article.bodyHtml).toMatch(
      /^<p>Hello <strong>there<\/strong><\/p>\n<figure class="article-image"><img src="\/media\/[^"]+" (srcset="[^"]+" sizes="[^"]+" )?width="1280" height="\d+" alt="A" loading="lazy" decoding="async"><\/figure>$/,
    );
    await variantsSettled();
    const [row] = await db.select().from(articles).where(eq(articles.id, json.article.id));
    expect(row.bodyHtml).toMatch(
      /^<p>Hello <strong>there<\/strong><\/p>\n<figure class="article-image"><img src="\/media\/[^"]+" srcset="[^"]+" sizes="[^"]+" width="1280" height="\d+" alt="A" loading="lazy" decoding="async"><\/figure>$/,
    );
    expect(JSON.stringify(row.body)).not.toMatch(/script|onerror|onclick|alert/);
  });

  it("puts a contributor's own name on their draft, and accepts their own email as the byline", async () => {
    const { status, json } = await create({ title: "My first piece", bylines: [writer.email] }, writer.token);
    expect(status).toBe(201);
    expect(json.article.bylines).toEqual([{ id: writer.id, name: writer.name, email: writer.email }]);
  });

  describe("refuses, changing nothing,", () => {
    it.each([
      ["both bodies", { title: "T", bodyMarkdown: "a", bodyHtml: "<p>a</p>" }, "bodyHtml"],
      ["an unknown field", { title: "T", status: "published" }, "_"],
      ["a publish time", { title: "T", publishAt: "2030-01-01T00:00:00Z" }, "_"],
      ["a missing title", { dek: "No title" }, "title"],
      ["a title that is a number", { title: 5 }, "title"],
      ["a script tag in the title", { title: "<script>alert(1)</script>" }, "title"],
      ["tags that are not a list", { title: "T", tags: "news" }, "tags"],
      ["a tag object with an unknown kind", { title: "T", tags: [{ name: "X", kind: "planet" }] }, "tags"],
      ["a byline that is not an email", { title: "T", bylines: ["Jane Doe"] }, "bylines"],
      ["a javascript: hero image", { title: "T", heroImageUrl: "javascript:alert(1)" }, "heroImageUrl"],
      ["an unknown section", { title: "T", section: "no-such-section" }, "section"],
      ["an unknown tag, even beside one it would create", { title: "T", tags: [{ name: `New ${unique("t")}`, kind: "show" }, "no-such-tag"] }, "tags"],
      ["an unknown byline email", { title: "T", bylines: ["nobody@example.test"] }, "bylines"],
    ])("%s (422)", async (_name, body, field) => {
      const { json } = await expectRefused(() => create(body), 422, "invalid");
      expect(Object.keys(json.error.fields)).toContain(field);
    });

    it("names the unknown reference in the message", async () => {
      const { json } = await create({ title: "T", section: "atlantis", tags: ["no-such-tag"], bylines: ["ghost@example.test"] });
      expect(json.error.fields).toEqual({
        section: ['no section has the slug "atlantis"'],
        tags: ['no tag has the slug or name "no-such-tag"'],
        bylines: ['no user has the email "ghost@example.test"'],
      });
    });

    it("a contributor choosing someone else's byline (403)", async () => {
      await expectRefused(() => create({ title: "T", bylines: [editor.email] }, writer.token), 403, "forbidden");
    });

    it("malformed JSON (400)", async () => {
      await expectRefused(() => call(collection.POST, { method: "POST", raw: '{"title": "T",', token: editor.token }), 400, "bad_request");
    });

    it("a body that is not sent as JSON (400)", async () => {
      await expectRefused(
        () => call(collection.POST, { method: "POST", raw: "title=T", token: editor.token, headers: { "content-type": "application/x-www-form-urlencoded" } }),
        400,
        "bad_request",
      );
    });

    it("a body over 1 MB (413)", async () => {
      await expectRefused(() => create({ title: "Big", bodyMarkdown: "x".repeat(1_100_000) }), 413, "too_large");
    });
  });
});

describe("GET /api/admin/articles/:id", () => {
  it("returns the working copy with its public and preview paths", async () => {
    const tag = await makeTag("show");
    const draft = await makeArticle(editor, { title: "Readable", dek: "A dek", tagIds: [tag.id], body: doc(p("Some **news**")) });
    const { status, json } = await read(draft.id);
    expect(status).toBe(200);
    expect(Object.keys(json.article).sort()).toEqual(ARTICLE_KEYS);
    expect(json.article).toEqual({
      id: draft.id,
      slug: draft.slug,
      status: "draft",
      version: 1,
      title: "Readable",
      dek: "A dek",
      bodyHtml: "<p>Some <strong>news</strong></p>",
      section: null,
      tags: [{ slug: tag.slug, name: tag.name, kind: "show" }],
      bylines: [{ id: editor.id, name: editor.name, email: editor.email }],
      heroImageUrl: null,
      heroMediaId: null,
      heroImageAlt: "",
      heroImageCredit: "",
      seoTitle: "",
      seoDescription: "",
      correctionNote: "",
      reviewNote: "",
      publishAt: null,
      unpublishAt: null,
      publishedAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      url: null,
      previewUrl: `/api/admin/articles/${draft.id}/preview`,
    });
    await transitionArticle({ actor: editor, articleId: draft.id, action: "publish", version: draft.version });
    const live = (await read(draft.id)).json.article;
    expect(live.url).toBe(`/articles/${draft.slug}`);
    expect(live.publishedAt).toEqual(expect.any(String));
  });

  it.each([
    ["an unknown id", "00000000-0000-4000-8000-000000000000"],
    ["an id that is not a uuid", "123"],
    ["an injection attempt", "1' OR '1'='1"],
    ["a path traversal", "..%2F..%2Fetc"],
  ])("answers 404 JSON for %s", async (_name, id) => {
    const { status, json } = await read(id);
    expect(status).toBe(404);
    expect(json.error).toEqual({ code: "not_found", message: "Article not found." });
  });

  it("hides another contributor's draft (404) but shows one the contributor has a byline on", async () => {
    const other = await makeArticle(otherWriter);
    expect((await read(other.id, writer.token)).status).toBe(404);
    const credited = await makeArticle(editor, { bylineIds: [writer.id] });
    expect((await read(credited.id, writer.token)).status).toBe(200);
  });
});

describe("PATCH /api/admin/articles/:id", () => {
  it("changes only the fields sent, bumps the version and records a revision", async () => {
    const section = await makeSection();
    const draft = await makeArticle(editor, { title: "Before", dek: "Kept", sectionId: section.id });
    const tag = await makeTag("show");
    const { status, json } = await patch(draft.id, {
      version: draft.version,
      title: "After",
      bodyHtml: "<h1>Big</h1><p>New <i>copy</i></p>",
      section: null,
      tags: [tag.slug, { name: `Patch Tag ${unique("p")}`, kind: "topic" }],
      seoTitle: "SEO",
    });
    expect(status).toBe(200);
    expect(json.article).toMatchObject({
      version: draft.version + 1,
      title: "After",
      dek: "Kept",
      section: null,
      seoTitle: "SEO",
      bodyHtml: "<h2>Big</h2>\n<p>New <em>copy</em></p>",
    });
    expect(json.article.tags).toHaveLength(2);
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id));
    expect(revisions.map((r) => r.kind).sort()).toEqual(["create", "save"]);
  });

  it("lets an editor set bylines by email and clear the hero image with null", async () => {
    const draft = await makeArticle(editor, { heroImageUrl: "https://img.test/hero.jpg" });
    const { json } = await patch(draft.id, { version: draft.version, bylines: [writer.email, editor.email], heroImageUrl: null });
    expect(json.article.bylines.map((b: { id: string }) => b.id)).toEqual([writer.id, editor.id]);
    expect(json.article.heroImageUrl).toBeNull();
  });

  it("refuses a stale version with 409 and the current version, changing nothing (not even a tag it would create)", async () => {
    const draft = await makeArticle(editor, { title: "Original" });
    await patch(draft.id, { version: draft.version, title: "First edit" });
    const { json } = await expectRefused(
      () => patch(draft.id, { version: draft.version, title: "Second edit", tags: [{ name: `Stale ${unique("s")}`, kind: "show" }] }),
      409,
      "conflict",
    );
    expect(json.error.currentVersion).toBe(draft.version + 1);
    expect(json.error.current).toMatchObject({ title: "First edit", version: draft.version + 1 });
  });

  describe("refuses, changing nothing,", () => {
    it.each([
      ["an unknown field", { status: "published" }, "_"],
      ["a version that is a string", { version: "1", title: "T" }, "version"],
      ["a missing version", { version: undefined, title: "T" }, "version"],
      ["both bodies", { bodyMarkdown: "a", bodyHtml: "<p>a</p>" }, "bodyHtml"],
      ["a script tag in the title", { title: "<script>alert(1)</script>" }, "title"],
      ["an event handler in the dek", { dek: '<img src=x onerror="alert(1)">' }, "dek"],
      ["a slug with spaces", { slug: "not a slug" }, "slug"],
      ["an unknown tag", { tags: ["no-such-tag"] }, "tags"],
      ["nothing to change", {}, "_"],
    ])("%s (422)", async (_name, fields, field) => {
      const draft = await makeArticle(editor);
      const { json } = await expectRefused(() => patch(draft.id, { version: draft.version, ...fields }), 422, "invalid");
      expect(Object.keys(json.error.fields)).toContain(field);
    });

    it("a contributor changing bylines (403)", async () => {
      const draft = await makeArticle(writer);
      await expectRefused(() => patch(draft.id, { version: draft.version, bylines: [otherWriter.email] }, writer.token), 403, "forbidden");
    });

    it("a contributor editing an article in review (403)", async () => {
      const draft = await makeArticle(writer);
      const submitted = await transitionArticle({ actor: writer, articleId: draft.id, action: "submit", version: draft.version });
      await expectRefused(
        () => patch(draft.id, { version: submitted.version, dek: "sneaky", tags: [{ name: `Sneaky ${unique("t")}`, kind: "show" }] }, writer.token),
        403,
        "forbidden",
      );
    });

    it("a contributor's forged edit of another contributor's draft (404)", async () => {
      const draft = await makeArticle(otherWriter);
      await expectRefused(() => patch(draft.id, { version: draft.version, title: "Mine now" }, writer.token), 404, "not_found");
    });

    it("an unknown id and an id that is not a uuid (404)", async () => {
      await expectRefused(() => patch("00000000-0000-4000-8000-000000000000", { version: 1, title: "T" }), 404, "not_found");
      await expectRefused(() => patch("42", { version: 1, title: "T" }), 404, "not_found");
    });

    it("malformed JSON (400) and a body over 1 MB (413)", async () => {
      const draft = await makeArticle(editor);
      const path = `/api/admin/articles/${draft.id}`;
      await expectRefused(
        () => call(single.PATCH, { method: "PATCH", path, params: { id: draft.id }, raw: "{version: 1}", token: editor.token }),
        400,
        "bad_request",
      );
      await expectRefused(() => patch(draft.id, { version: draft.version, bodyHtml: `<p>${"x".repeat(1_000_001)}</p>` }), 413, "too_large");
    });
  });
});
