import { describe, expect, it } from "vitest";
import type { ArticleFieldsInput } from "@/lib/articles/shape";
import type { Actor } from "@/lib/auth/actor";
import { doc, p } from "@/lib/content/build";
import { transitionArticle } from "@/lib/publishing/commands";
import { makeArticle, makeUser } from "@/tests/factories";
import { MAX_PAGE } from "./params";
import { searchLiveArticles } from "./queries";
import { segmentsText } from "./snippet";

const hour = 3_600_000;
const base = Date.parse("2026-03-01T12:00:00Z");

async function publish(editor: Actor, fields: Partial<ArticleFieldsInput>, hoursAgo = 0) {
  const draft = await makeArticle(editor, fields);
  const result = await transitionArticle({
    actor: editor,
    articleId: draft.id,
    action: "publish",
    version: draft.version,
    now: new Date(base - hoursAgo * hour),
  });
  return { ...draft, version: result.version };
}

const highlighted = (segments: { text: string; highlight: boolean }[]) => segments.filter((s) => s.highlight).map((s) => s.text.toLowerCase());

describe("searchLiveArticles", () => {
  it("ranks a title match above a body match, and the newer first among equals", async () => {
    const editor = await makeUser("editor");
    const inTitle = await publish(editor, { title: "The quokka sanctuary opens its doors", body: doc(p("A story about a wildlife park.")) }, 10);
    const inBody = await publish(editor, { title: "A weekend of nature films", body: doc(p("One film follows a quokka across an island.")) }, 1);
    const twinOld = await publish(editor, { title: "Wombat diaries, part one", body: doc(p("Nothing else.")) }, 8);
    const twinNew = await publish(editor, { title: "Wombat diaries, part two", body: doc(p("Nothing else.")) }, 4);

    const quokka = await searchLiveArticles({ q: "quokka" });
    expect(quokka.hits.map((h) => h.article.id)).toEqual([inTitle.id, inBody.id]);
    expect(quokka.total).toBe(2);
    expect(highlighted(quokka.hits[0].title)).toEqual(["quokka"]);
    expect(highlighted(quokka.hits[1].snippet)).toEqual(["quokka"]);

    const wombat = await searchLiveArticles({ q: "wombat diaries" });
    expect(wombat.hits.map((h) => h.article.id)).toEqual([twinNew.id, twinOld.id]);
  });

  it("finds a phrase from a body and highlights it in the snippet", async () => {
    const editor = await makeUser("editor");
    const story = await publish(editor, {
      title: "At the lighthouse",
      body: doc(p("First paragraph about the coast."), p("The keeper counted seventeen herons on the breakwater at dawn.")),
    });
    await publish(editor, { title: "Herons everywhere", body: doc(p("Seventeen of them, counted twice.")) });

    const result = await searchLiveArticles({ q: '"counted seventeen herons"' });
    expect(result.hits.map((h) => h.article.id)).toEqual([story.id]);
    const snippet = result.hits[0].snippet;
    expect(segmentsText(snippet)).toContain("counted seventeen herons on the breakwater");
    expect(highlighted(snippet)).toEqual(expect.arrayContaining(["counted", "seventeen", "herons"]));
    expect(result.hits[0].article).toMatchObject({ title: "At the lighthouse", url: `/articles/${story.slug}` });
  });

  it("highlights a match that only the end of a long story has", async () => {
    const editor = await makeUser("editor");
    const filler = Array.from({ length: 40 }, (_, i) =>
      p(`Paragraph ${i + 1} walks through the festival programme, screening by screening, with nothing of note.`),
    );
    const story = await publish(editor, {
      title: "A long night at the festival",
      dek: "Every screening, in order.",
      body: doc(...filler, p("At last the projectionist revealed a tangerine-coloured zeppelin over the square.")),
    });

    const result = await searchLiveArticles({ q: "zeppelin" });
    expect(result.hits.map((h) => h.article.id)).toEqual([story.id]);
    expect(highlighted(result.hits[0].snippet)).toEqual(["zeppelin"]);
    expect(segmentsText(result.hits[0].snippet)).toContain("tangerine-coloured zeppelin");
  });

  it("never finds drafts, articles in review or unpublished ones", async () => {
    const editor = await makeUser("editor");
    const writer = await makeUser("contributor");
    await makeArticle(editor, { title: "Zanzibarine draft", body: doc(p("zanzibarine")) });
    const review = await makeArticle(writer, { title: "Zanzibarine in review" });
    await transitionArticle({ actor: writer, articleId: review.id, action: "submit", version: review.version });
    const gone = await publish(editor, { title: "Zanzibarine, briefly live" });
    await transitionArticle({ actor: editor, articleId: gone.id, action: "unpublish", version: gone.version });

    expect(await searchLiveArticles({ q: "zanzibarine" })).toEqual({ q: "zanzibarine", page: 1, total: 0, more: false, pageCount: 1, hits: [] });
  });

  it("pages through results without skipping or repeating", async () => {
    const editor = await makeUser("editor");
    for (let i = 0; i < 23; i++) await publish(editor, { title: `Marmalade report number ${i}` }, i);
    const pages = await Promise.all([1, 2, 3].map((page) => searchLiveArticles({ q: "marmalade", page })));
    expect(pages.map((p) => p.hits.length)).toEqual([20, 3, 0]);
    const ids = pages.flatMap((p) => p.hits.map((h) => h.article.id));
    expect(new Set(ids).size).toBe(23);
    expect(pages.every((p) => p.total === 23 && p.pageCount === 2)).toBe(true);
  });

  it("keeps markup in article text as text for the page to escape", async () => {
    const editor = await makeUser("editor");
    await publish(editor, { title: "Escaping test", body: doc(p('The villain typed <img src=x onerror=alert(1)> & 5 < 6 into the "flapjack" terminal.')) });
    const [hit] = (await searchLiveArticles({ q: "flapjack" })).hits;
    expect(segmentsText(hit.snippet)).toContain('<img src=x onerror=alert(1)> & 5 < 6 into the "flapjack" terminal');
    expect(hit.snippet.find((s) => s.highlight)).toEqual({ text: "flapjack", highlight: true });
  });

  it.each([
    ["a SQL fragment", "' OR 1=1 --"],
    ["a closing quote and semicolon", '"; drop table live_articles; --'],
    ["markup", "<script>alert(1)</script>"],
    ["10,000 characters", "ferry ".repeat(1700)],
    ["unicode", "Chloé 🎬 東京 ñandú"],
    ["only stop words", "the and of"],
    ["only operators", '- or "" ( ) & | ! : *'],
    ["a NUL byte and a lone surrogate", "nul\u0000 \uD800 byte"],
    ["the highlight markers", "\uE000ferry\uE001"],
    ["whitespace", "   \n\t "],
  ])("survives %s", async (_, q) => {
    const result = await searchLiveArticles({ q });
    expect(result.q.length).toBeLessThanOrEqual(200);
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(0);
  });

  it("treats odd page numbers as a page in range", async () => {
    for (const page of [0, -5, Number.NaN, 1.5, Number.MAX_SAFE_INTEGER, 10 ** 12]) {
      const result = await searchLiveArticles({ q: "ferry", page });
      expect(result.page).toBeGreaterThanOrEqual(1);
      expect(result.page).toBeLessThanOrEqual(MAX_PAGE);
    }
  });
});

describe("searchLiveArticles with more matches than it ranks", () => {
  it("ranks only the newest candidates and says there are more", async () => {
    const editor = await makeUser("editor");
    // The oldest would rank first on relevance alone; the pool of two newest leaves it out.
    const oldest = await publish(editor, { title: "Capybara capybara capybara", dek: "Capybara.", body: doc(p("Capybara capybara.")) }, 30);
    const middle = await publish(editor, { title: "A zoo weekend", body: doc(p("A capybara appears once.")) }, 20);
    const newest = await publish(editor, { title: "Another zoo weekend", body: doc(p("A capybara appears once more.")) }, 10);

    const pooled = await searchLiveArticles({ q: "capybara", candidates: 2 });
    expect(pooled.hits.map((h) => h.article.id)).toEqual([newest.id, middle.id]);
    expect(pooled).toMatchObject({ total: 2, more: true, pageCount: 1 });

    const all = await searchLiveArticles({ q: "capybara", candidates: 3 });
    expect(all.hits.map((h) => h.article.id)).toEqual([oldest.id, newest.id, middle.id]);
    expect(all).toMatchObject({ total: 3, more: false });
  });
});
