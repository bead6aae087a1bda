import { describe, expect, it } from "vitest";
import { getArticleForEditor } from "@/lib/articles/editor-queries";
import { makeArticle, makeUser } from "@/tests/factories";
import { listBylineCandidates } from "./queries";

describe("what the article editor is sent about staff", () => {
  it("names and ids only: no emails in the byline picker's list or the article's bylines", async () => {
    const [editor, writer] = await Promise.all([makeUser("editor"), makeUser("contributor")]);
    const candidates = await listBylineCandidates();
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const person of candidates) expect(Object.keys(person).sort()).toEqual(["id", "name"]);
    expect(JSON.stringify(candidates)).not.toContain(editor.email);

    const draft = await makeArticle(writer);
    const article = await getArticleForEditor({ actor: writer, id: draft.id });
    expect(article?.bylines).toEqual([{ id: writer.id, name: writer.name }]);
    expect(JSON.stringify(article)).not.toContain("@example.test");
  });
});
