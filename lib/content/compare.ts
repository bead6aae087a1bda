// Side-by-side comparison of two revisions, field by field. Each text is
// compared paragraph by paragraph first (whole paragraphs as units), then
// word by word inside each run of changed paragraphs. The work is bounded
// for any input: every diff stops past a number of edits, and all of them
// share one budget of steps. Where a bound stops a word diff, the changed
// paragraphs are shown whole and the field says it was compared by paragraph.
import { type ArticleField, articleFieldLabels, articleFields } from "@/lib/articles/shape";
import type { ArticleDocument } from "./document";
import { diffSequences, type Run, type StepBudget } from "./myers";
import { renderPlainText } from "./render";

/**
 * A revision's editable fields (lib/articles/shape.ts) as readers of the
 * history see them: the body as a document, every other field as text (the
 * section, tags and bylines by name).
 */
export type ComparableRevision = { [F in ArticleField]: F extends "body" ? ArticleDocument : string };

export type Part = { text: string; change: "same" | "removed" | "added" };
/** `byParagraph`: some changed paragraphs are shown whole, not word by word (a bound was reached). */
export type FieldComparison = { field: string; changed: boolean; byParagraph: boolean; before: Part[]; after: Part[] };

/**
 * The bounds. A paragraph diff gives up past `paragraphEdits` changed
 * paragraphs, a word diff past `wordEdits` changed words; `steps` is what
 * all the diffs of one comparison may spend together (a few tenths of a
 * second at most).
 */
export const COMPARE_LIMITS = { paragraphEdits: 1_000, wordEdits: 1_000, steps: 20_000_000 } as const;

/** Each field of `a` and `b`: the left side marks what `b` removed, the right side what it added. */
export function compareRevisions(a: ComparableRevision, b: ComparableRevision): FieldComparison[] {
  const budget: StepBudget = { steps: COMPARE_LIMITS.steps };
  return articleFields.map((key) => {
    const before = key === "body" ? renderPlainText(a.body) : String(a[key]);
    const after = key === "body" ? renderPlainText(b.body) : String(b[key]);
    return { field: articleFieldLabels[key], changed: before !== after, ...compareTexts(before, after, budget) };
  });
}

/** A paragraph or a word with what follows it (newlines; spaces), and the key it is compared by. */
type Unit = { key: string; text: string };

/** Lines, each with the newlines after it; compared without them. */
function paragraphUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    let next = end;
    while (next < text.length && text.charCodeAt(next) === 10) next++;
    units.push({ key: text.slice(at, end), text: text.slice(at, next) });
    at = next;
  }
  return units;
}

// A word (letters, digits, marks, underscore) or any other single character, with the whitespace after it.
const WORD = /([\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_])\s*/gu;

/** Words and punctuation, each with the whitespace after it; compared without it. */
function wordUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const lead = text.length - text.trimStart().length;
  if (lead) units.push({ key: "", text: text.slice(0, lead) });
  for (const match of text.slice(lead).matchAll(WORD)) units.push({ key: match[1], text: match[0] });
  return units;
}

/** Collects parts, joining neighbours with the same change. */
class Side {
  readonly parts: Part[] = [];
  add(text: string, change: Part["change"]) {
    if (!text) return;
    const last = this.parts.at(-1);
    if (last?.change === change) last.text += text;
    else this.parts.push({ text, change });
  }
  addAll(units: Unit[], change: Part["change"]) {
    this.add(units.map((u) => u.text).join(""), change);
  }
}

class Comparison {
  readonly before = new Side();
  readonly after = new Side();
  byParagraph = false;
  private readonly ids = new Map<string, number>();

  constructor(private readonly budget: StepBudget) {}

  private idsOf(units: Unit[]): Int32Array {
    const out = new Int32Array(units.length);
    units.forEach((unit, i) => {
      let id = this.ids.get(unit.key);
      if (id === undefined) this.ids.set(unit.key, (id = this.ids.size));
      out[i] = id;
    });
    return out;
  }

  /** Lays out the runs of a diff of `a` and `b`; each stretch between kept runs goes to `changed`. */
  private walk(a: Unit[], b: Unit[], runs: Run[], changed: (removed: Unit[], added: Unit[]) => void) {
    let i = 0;
    let j = 0;
    let r = 0;
    while (r < runs.length) {
      if (runs[r].op === "same") {
        const count = runs[r++].count;
        this.before.addAll(a.slice(i, i + count), "same");
        this.after.addAll(b.slice(j, j + count), "same");
        i += count;
        j += count;
        continue;
      }
      let removed = 0;
      let added = 0;
      for (; r < runs.length && runs[r].op !== "same"; r++) {
        if (runs[r].op === "removed") removed += runs[r].count;
        else added += runs[r].count;
      }
      changed(a.slice(i, i + removed), b.slice(j, j + added));
      i += removed;
      j += added;
    }
  }

  /** Word by word when the bounds allow; false (nothing laid out) when they do not. */
  private words(a: Unit[], b: Unit[]): boolean {
    const wa = wordUnits(a.map((u) => u.text).join(""));
    const wb = wordUnits(b.map((u) => u.text).join(""));
    const runs = diffSequences(this.idsOf(wa), this.idsOf(wb), COMPARE_LIMITS.wordEdits, this.budget);
    if (!runs) return false;
    this.walk(wa, wb, runs, (removed, added) => {
      this.before.addAll(removed, "removed");
      this.after.addAll(added, "added");
    });
    return true;
  }

  private whole(removed: Unit[], added: Unit[]) {
    this.before.addAll(removed, "removed");
    this.after.addAll(added, "added");
  }

  /** A stretch of changed paragraphs: word by word as a whole, else paragraph by paragraph in order, else whole. */
  private changedParagraphs(removed: Unit[], added: Unit[]) {
    if (!removed.length || !added.length) return this.whole(removed, added);
    if (this.budget.steps > 0 && this.words(removed, added)) return;
    if (removed.length === 1 && added.length === 1) {
      this.byParagraph = true;
      return this.whole(removed, added);
    }
    const pairs = Math.max(removed.length, added.length);
    for (let p = 0; p < pairs; p++) this.changedParagraphs(removed.slice(p, p + 1), added.slice(p, p + 1));
  }

  /** Lays out the comparison of two different texts. */
  texts(before: string, after: string) {
    const a = paragraphUnits(before);
    const b = paragraphUnits(after);
    const runs = diffSequences(this.idsOf(a), this.idsOf(b), COMPARE_LIMITS.paragraphEdits, this.budget);
    if (runs) this.walk(a, b, runs, (removed, added) => this.changedParagraphs(removed, added));
    else this.changedParagraphs(a, b);
  }
}

function compareTexts(before: string, after: string, budget: StepBudget): Pick<FieldComparison, "byParagraph" | "before" | "after"> {
  const comparison = new Comparison(budget);
  if (before === after) {
    comparison.before.add(before, "same");
    comparison.after.add(after, "same");
  } else {
    comparison.texts(before, after);
  }
  return { byParagraph: comparison.byParagraph, before: comparison.before.parts, after: comparison.after.parts };
}
