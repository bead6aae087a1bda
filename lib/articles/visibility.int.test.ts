// Who may see or edit which article: the SQL condition the lists use and the
// check on one article (editor, preview, revisions, commands) give the same
// answer for every role, and the dashboard, editor and preview follow it.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
import { makeArticle, makeUser, unique } from "@/tests/factories";
import { countDashboardArticles, dashboardFilterSchema, listDashboardArticles } from "./dashboard-queries";
import { getArticleForEditor } from "./editor-queries";
import { canPreview } from "./preview";
import { findEditableArticle, visibleArticlesTo } from "./visibility";

describe("visibility", () => {
  it("gives lists, the editor and preview one answer for every role", async () => {
    const writer = await makeUser("contributor");
    const colleague = await makeUser("contributor");
    const editor = await makeUser("editor");
    const admin = await makeUser("admin");
    const word = unique("visibility");
    const own = await makeArticle(writer, { title: `${word} own` });
    const bylined = await makeArticle(editor, { title: `${word} bylined`, bylineIds: [editor.id, writer.id] });
    const desk = await makeArticle(editor, { title: `${word} desk` });
    const gone = await makeArticle(writer, { title: `${word} gone` });
    await db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, gone.id));
    const all = [own, bylined, desk, gone].map((a) => a.id);

    const expected = new Map([
      [writer, [own.id, bylined.id]],
      [colleague, []],
      [editor, [own.id, bylined.id, desk.id]],
      [admin, [own.id, bylined.id, desk.id]],
    ]);
    for (const [actor, ids] of expected) {
      const sorted = [...ids].sort();
      const listed = await db
        .select({ id: articles.id })
        .from(articles)
        .where(and(inArray(articles.id, all), isNull(articles.deletedAt), visibleArticlesTo(actor)));
      expect([actor.role, listed.map((r) => r.id).sort()]).toEqual([actor.role, sorted]);

      const one = [];
      for (const id of all) if (await findEditableArticle(db, actor, id)) one.push(id);
      expect([actor.role, one.sort()]).toEqual([actor.role, sorted]);

      const dashboard = await listDashboardArticles({ actor, filter: dashboardFilterSchema.parse({ q: word }) });
      expect([actor.role, dashboard.rows.map((r) => r.id).sort()]).toEqual([actor.role, sorted]);
      expect(dashboard.total).toBe(ids.length);

      for (const id of all) {
        const visible = ids.includes(id);
        expect([actor.role, id, (await getArticleForEditor({ actor, id })) !== null]).toEqual([actor.role, id, visible]);
        expect([actor.role, id, await canPreview(actor, id)]).toEqual([actor.role, id, visible]);
      }
    }

    const counts = await countDashboardArticles({ actor: colleague });
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it("with forUpdate, holds the row's lock until the transaction ends", async () => {
    const editor = await makeUser("editor");
    const draft = await makeArticle(editor);
    const tryLock = () => db.select({ id: articles.id }).from(articles).where(eq(articles.id, draft.id)).for("update", { noWait: true });
    await db.transaction(async (tx) => {
      expect((await findEditableArticle(tx, editor, draft.id, { forUpdate: true }))?.id).toBe(draft.id);
      // Another connection cannot take the row meanwhile.
      await expect(tryLock()).rejects.toThrow();
    });
    expect(await tryLock()).toEqual([{ id: draft.id }]);
  });
});
