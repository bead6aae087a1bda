// The revision history list carries who, when, what kind and the title then:
// never a snapshot, whatever the size of the story. A comparison shows every
// editable field (lib/articles/shape.ts); a restore brings back all of them.
import { describe, expect, it } from "vitest";
import * as revisionsRoute from "@/app/api/admin/articles/[id]/revisions/route";
import { db } from "@/db/client";
import { call, makeCaller } from "@/tests/api-test-kit";
import { doc, p } from "@/lib/content/build";
import { compareRevisions } from "@/lib/content/compare";
import { makeArticle, makeSection, makeTag } from "@/tests/factories";
import { getRevisionsToCompare, listRevisions, restoreRevision } from "./revisions";
import { articleFieldLabels } from "./shape";
import { readSnapshot } from "./working-copy";
import { saveArticle } from "./update";

describe("listRevisions", () => {
  it("lists each revision's number, kind, author, time and title, and nothing of its snapshot", async () => {
    const editor = await makeCaller("editor");
    const draft = await makeArticle(editor, { title: "First title" });
    const long = doc(...Array.from({ length: 200 }, (_, i) => p(`Paragraph ${i} of a long story. `.repeat(20))));
    const saved = await saveArticle({ actor: editor, articleId: draft.id, version: draft.version, fields: { title: "Second title", body: long } });
    await saveArticle({ actor: editor, articleId: draft.id, version: saved.version, kind: "autosave", fields: { dek: "Autosaved dek" } });

    const items = await listRevisions({ actor: editor, articleId: draft.id });
    expect(items).toHaveLength(3);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["author", "createdAt", "id", "kind", "number", "title"]);
    expect(items.map(({ number, kind, title, author }) => ({ number, kind, title, author }))).toEqual([
      { number: 3, kind: "autosave", title: "Second title", author: editor.name },
      { number: 2, kind: "save", title: "Second title", author: editor.name },
      { number: 1, kind: "create", title: "First title", author: editor.name },
    ]);
    // Small whatever the story: a few hundred bytes, not the 100 kB body.
    expect(JSON.stringify(items).length).toBeLessThan(1000);

    const api = await call(revisionsRoute.GET, { path: `/api/admin/articles/${draft.id}/revisions`, params: { id: draft.id }, token: editor.token });
    expect(api.status).toBe(200);
    expect(api.json.items.map((i: { title: string }) => i.title)).toEqual(["Second title", "Second title", "First title"]);
    expect(Object.keys(api.json.items[0]).sort()).toEqual(["author", "createdAt", "kind", "number", "title"]);
  });

  it("answers not found for an article the reader may not see", async () => {
    const editor = await makeCaller("editor");
    const outsider = await makeCaller("contributor");
    const draft = await makeArticle(editor);
    await expect(listRevisions({ actor: outsider, articleId: draft.id })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getRevisionsToCompare and restoreRevision", () => {
  it("compares every editable field under its label, the section, tags and bylines by name, and restores the whole snapshot", async () => {
    const editor = await makeCaller("editor");
    const [section, tag] = [await makeSection(), await makeTag()];
    const draft = await makeArticle(editor, { title: "Before", heroImageAlt: "A ferry" });
    const first = await readSnapshot(db, draft.id);
    const saved = await saveArticle({
      actor: editor,
      articleId: draft.id,
      version: draft.version,
      fields: { title: "After", sectionId: section.id, tagIds: [tag.id], heroImageAlt: "Two ferries", correctionNote: "Fixed a name." },
    });

    const pair = await getRevisionsToCompare({ actor: editor, articleId: draft.id, from: 1, to: 2 });
    const rows = compareRevisions(pair!.from, pair!.to);
    expect(rows.map((r) => r.field)).toEqual(Object.values(articleFieldLabels));
    const changed = Object.fromEntries(rows.filter((r) => r.changed).map((r) => [r.field, r.after.map((part) => part.text).join("")]));
    expect(changed).toEqual({
      Title: "After",
      // Never published, never given a slug by hand: the slug follows the title.
      Slug: "after",
      Section: section.name,
      Tags: tag.name,
      "Hero image alt text": "Two ferries",
      "Correction note": "Fixed a name.",
    });

    await restoreRevision({ actor: editor, articleId: draft.id, number: 1, version: saved.version });
    expect(await readSnapshot(db, draft.id)).toEqual(first);
  });
});
