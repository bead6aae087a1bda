import { beforeEach, describe, expect, it, vi } from "vitest";
import { doc, p } from "./build";
import { COMPARE_LIMITS, type ComparableRevision, compareRevisions } from "./compare";
import type { StepBudget } from "./myers";
import { renderPlainText } from "./render";

/** Every diff the comparison runs: the lengths compared, whether it gave up, and the budget it shared. */
const diffs: { a: number; b: number; gaveUp: boolean; budget: StepBudget }[] = [];
vi.mock("./myers", async (importOriginal) => {
  const myers = await importOriginal<typeof import("./myers")>();
  return {
    ...myers,
    diffSequences: (...args: Parameters<typeof myers.diffSequences>) => {
      const runs = myers.diffSequences(...args);
      diffs.push({ a: args[0].length, b: args[1].length, gaveUp: runs === null, budget: args[3] });
      return runs;
    },
  };
});
beforeEach(() => {
  diffs.length = 0;
});
/** The steps all the diffs of the last comparison spent from their shared budget. */
const stepsSpent = () => {
  const budgets = new Set(diffs.map((d) => d.budget));
  expect(budgets.size).toBe(1);
  return COMPARE_LIMITS.steps - [...budgets][0].steps;
};

const base: ComparableRevision = {
  title: "Harrow Bay returns",
  dek: "",
  slug: "harrow-bay-returns",
  body: doc(p("The ferry left at dawn.")),
  sectionId: "TV",
  tagIds: "Salt & Ember",
  bylineIds: "Jonah Pell",
  heroImageUrl: "",
  heroMediaId: "",
  heroImageAlt: "",
  heroImageCredit: "",
  seoTitle: "",
  seoDescription: "",
  correctionNote: "",
};

describe("compareRevisions", () => {
  it("marks removed words on the left and added words on the right", () => {
    const rows = compareRevisions(base, { ...base, body: doc(p("The last ferry left at noon.")) });
    const body = rows.find((r) => r.field === "Body")!;
    expect(body.changed).toBe(true);
    expect(body.before.filter((x) => x.change === "removed").map((x) => x.text.trim())).toEqual(["dawn"]);
    expect(body.after.filter((x) => x.change === "added").map((x) => x.text.trim())).toEqual(["last", "noon"]);
    expect(body.after.map((x) => x.text).join("")).toBe("The last ferry left at noon.");
  });

  it("says which fields did not change", () => {
    const rows = compareRevisions(base, { ...base, title: "Harrow Bay is back" });
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(["Title"]);
  });
});

/** `n` words, none repeated within a revision and none shared between seeds. */
const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i.toString(36)}`);
const body = (ws: string[], perParagraph: number) => {
  const paragraphs: string[] = [];
  for (let i = 0; i < ws.length; i += perParagraph) paragraphs.push(ws.slice(i, i + perParagraph).join(" "));
  return doc(...paragraphs.map(p));
};
const bodyRow = (a: ComparableRevision["body"], b: ComparableRevision["body"]) =>
  compareRevisions({ ...base, body: a }, { ...base, body: b }).find((r) => r.field === "Body")!;
const text = (parts: { text: string }[]) => parts.map((x) => x.text).join("");
const marked = (parts: { text: string; change: string }[], change: string) =>
  parts.filter((x) => x.change === change).flatMap((x) => x.text.split(/\s+/).filter(Boolean));

describe("compareRevisions on long bodies", () => {
  it("compares two entirely different 20,000-word bodies within its step budget, in one paragraph each: by paragraph, and says so", () => {
    const row = bodyRow(body(words(20_000, "a"), 20_000), body(words(20_000, "b"), 20_000));
    // The word diff gives up past the edits allowed, long before the budget runs out.
    expect(diffs.filter((d) => d.a === 20_000 && d.b === 20_000).map((d) => d.gaveUp)).toEqual([true]);
    expect(stepsSpent()).toBeLessThanOrEqual(COMPARE_LIMITS.steps);
    expect(row.byParagraph).toBe(true);
    expect(row.before).toEqual([{ text: words(20_000, "a").join(" "), change: "removed" }]);
    expect(row.after).toEqual([{ text: words(20_000, "b").join(" "), change: "added" }]);
  });

  it("compares two entirely different 20,000-word bodies within its step budget, however they are split into paragraphs", () => {
    for (const perParagraph of [1, 7, 100, 2_000]) {
      const before = body(words(20_000, "a"), perParagraph);
      const after = body(words(20_000, "b"), perParagraph);
      diffs.length = 0;
      const row = bodyRow(before, after);
      expect(stepsSpent(), `${perParagraph} words a paragraph`).toBeLessThanOrEqual(COMPARE_LIMITS.steps);
      // Nothing is lost either way: each side is its whole text, every word of it marked.
      expect(text(row.before)).toBe(renderPlainText(before));
      expect(text(row.after)).toBe(renderPlainText(after));
      expect(marked(row.before, "removed")).toHaveLength(20_000);
      expect(marked(row.after, "added")).toHaveLength(20_000);
    }
  });

  it("marks the words edited across a 20,000-word body one by one", () => {
    const before = words(20_000, "a");
    const after = before.map((w, i) => (i % 50 === 0 ? `edited${i}` : w));
    for (const perParagraph of [100, 20_000]) {
      const row = bodyRow(body(before, perParagraph), body(after, perParagraph));
      expect(row.byParagraph).toBe(false);
      expect(marked(row.before, "removed")).toEqual(before.filter((_, i) => i % 50 === 0));
      expect(marked(row.after, "added")).toEqual(after.filter((_, i) => i % 50 === 0));
    }
  });

  it("shows an inserted paragraph whole and leaves the others unmarked", () => {
    const row = bodyRow(doc(p("First one."), p("Third one.")), doc(p("First one."), p("A second, new."), p("Third one.")));
    expect(row.byParagraph).toBe(false);
    expect(row.before.every((x) => x.change === "same")).toBe(true);
    expect(marked(row.after, "added")).toEqual(["A", "second,", "new."]);
    expect(text(row.after)).toBe("First one.\n\nA second, new.\n\nThird one.");
  });
});
