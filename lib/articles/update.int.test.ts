import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articleRevisions, articles } from "@/db/schema";
import { doc, p } from "@/lib/content/build";
import { AppError } from "@/lib/errors";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeUser, unique } from "@/tests/factories";
import { saveArticle } from "./update";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function row(id: string) {
  const [r] = await db.select().from(articles).where(eq(articles.id, id));
  return r;
}

describe("saveArticle", () => {
  it("saves the working copy, renders its HTML and records a revision", async () => {
    const writer = await makeUser("contributor");
    const draft = await makeArticle(writer);
    const saved = await saveArticle({
      actor: writer,
      articleId: draft.id,
      version: draft.version,
      fields: { dek: "A new dek", body: doc(p("Fresh *copy*")) },
    });
    expect(saved.version).toBe(draft.version + 1);
    const r = await row(draft.id);
    expect(r.dek).toBe("A new dek");
    expect(r.bodyHtml).toBe("<p>Fresh <em>copy</em></p>");
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id));
    expect(revisions.map((x) => x.kind).sort()).toEqual(["create", "save"]);
  });

  it("refuses a stale version, returns what is there now, and overwrites nothing", async () => {
    const a = await makeUser("editor");
    const b = await makeUser("editor");
    const draft = await makeArticle(a, { title: "Original title" });
    await saveArticle({ actor: a, articleId: draft.id, version: draft.version, fields: { title: "A's title" } });
    const error = await failure(saveArticle({ actor: b, articleId: draft.id, version: draft.version, fields: { title: "B's title" } }));
    expect(error.code).toBe("conflict");
    expect(error.details.currentVersion).toBe(draft.version + 1);
    expect((error.details.current as { title: string }).title).toBe("A's title");
    expect((await row(draft.id)).title).toBe("A's title");
  });

  it("lets the slug follow the title until it is set by hand or published", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor, { title: "Untitled story" });
    const title = `Casting news ${unique("x")}`;
    const saved = await saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { title } });
    expect(saved.slug).toBe(title.toLowerCase().replace(/ /g, "-"));
    const hand = await saveArticle({ actor: editor, articleId: draft.id, version: saved.version, fields: { slug: "my-own-slug-" + draft.id.slice(0, 8) } });
    const after = await saveArticle({ actor: editor, articleId: draft.id, version: hand.version, fields: { title: "Another title entirely" } });
    expect(after.slug).toBe(hand.slug);
  });

  it("refuses a slug another article has", async () => {
    const editor = await makeUser("editor");
    const first = await makeArticle(editor);
    const second = await makeArticle(editor);
    const error = await failure(saveArticle({ actor: editor, articleId: second.id, version: second.version, fields: { slug: first.slug } }));
    expect(error.code).toBe("invalid");
    expect(error.details.fields).toEqual({ slug: ["is already used by another article"] });
  });

  it("keeps consecutive autosaves by one person in one revision", async () => {
    const writer = await makeUser("contributor");
    const draft = await makeArticle(writer);
    let version = draft.version;
    for (const dek of ["one", "two", "three"]) {
      version = (await saveArticle({ actor: writer, articleId: draft.id, version, fields: { dek }, kind: "autosave" })).version;
    }
    const revisions = await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, draft.id));
    expect(revisions.map((r) => r.kind).sort()).toEqual(["autosave", "create"]);
    expect(revisions.find((r) => r.kind === "autosave")?.snapshot.dek).toBe("three");
    expect(version).toBe(draft.version + 3);
  });

  describe("refuses, changing nothing,", () => {
    it("a contributor changing bylines", async () => {
      const writer = await makeUser("contributor");
      const other = await makeUser("contributor");
      const draft = await makeArticle(writer);
      const error = await failure(saveArticle({ actor: writer, articleId: draft.id, version: draft.version, fields: { bylineIds: [other.id] } }));
      expect(error.code).toBe("forbidden");
      expect((await row(draft.id)).version).toBe(draft.version);
    });

    it("a contributor editing an article that is in review", async () => {
      const writer = await makeUser("contributor");
      const draft = await makeArticle(writer);
      const submitted = await transitionArticle({ actor: writer, articleId: draft.id, action: "submit", version: draft.version });
      const error = await failure(saveArticle({ actor: writer, articleId: draft.id, version: submitted.version, fields: { dek: "sneaky" } }));
      expect(error.code).toBe("forbidden");
    });

    it("another contributor's draft, as if it did not exist", async () => {
      const owner = await makeUser("contributor");
      const intruder = await makeUser("contributor");
      const draft = await makeArticle(owner);
      expect((await failure(saveArticle({ actor: intruder, articleId: draft.id, version: draft.version, fields: { dek: "x" } }))).code).toBe("not_found");
    });

    it.each([
      ["a script tag in the title", { title: "<script>alert(1)</script>" }, "title"],
      ["an event handler in the dek", { dek: '<img src=x onerror="alert(1)">' }, "dek"],
      ["a javascript: hero image", { heroImageUrl: "javascript:alert(1)" }, "heroImageUrl"],
      ["a status field", { status: "published" }, "_"],
      ["a publish time", { publishAt: "2030-01-01T00:00:00Z" }, "_"],
      ["a title of a million characters", { title: "x".repeat(1_000_000) }, "title"],
      ["a body that is not a document", { body: { type: "doc", content: [{ type: "script", text: "x" }] } }, "body"],
      ["a tag id that is not a uuid", { tagIds: ["1 OR 1=1"] }, "tagIds"],
    ])("%s", async (_name, fields, field) => {
      const editor = await makeUser("editor");
      const draft = await makeArticle(editor);
      const error = await failure(saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: fields as never }));
      expect(error.code).toBe("invalid");
      expect(Object.keys(error.details.fields ?? {})).toContain(field);
      expect((await row(draft.id)).version).toBe(draft.version);
    });
  });
});
