import { describe, expect, it } from "vitest";
import { diffSequences, type Run } from "./myers";

/** The length of a longest common subsequence, by the textbook table. */
function lcs(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Replays the runs: what they keep and take from `a` and add from `b`, checked against both. */
function replay(a: number[], b: number[], runs: Run[]) {
  const left: number[] = [];
  const right: number[] = [];
  let i = 0;
  let j = 0;
  for (const run of runs) {
    for (let c = 0; c < run.count; c++) {
      if (run.op === "same") {
        expect(a[i]).toBe(b[j]);
        left.push(a[i++]);
        right.push(b[j++]);
      } else if (run.op === "removed") left.push(a[i++]);
      else right.push(b[j++]);
    }
  }
  expect(left).toEqual(a);
  expect(right).toEqual(b);
  return runs.filter((r) => r.op !== "same").reduce((sum, r) => sum + r.count, 0);
}

let seed = 12345;
const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;

describe("diffSequences", () => {
  it("finds a shortest edit script that turns one sequence into the other", () => {
    for (let round = 0; round < 2_000; round++) {
      const alphabet = 1 + random(5);
      const a = Array.from({ length: random(14) }, () => random(alphabet));
      const b = Array.from({ length: random(14) }, () => random(alphabet));
      const runs = diffSequences(a, b, 100, { steps: Infinity })!;
      expect(replay(a, b, runs)).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it("gives up past the edits allowed, and past the steps left", () => {
    expect(diffSequences([1, 2, 3], [4, 5, 6], 5, { steps: Infinity })).toBeNull();
    expect(diffSequences([1, 2, 3], [4, 5, 6], 6, { steps: Infinity })).not.toBeNull();
    const budget = { steps: 10 };
    expect(diffSequences([1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12], 100, budget)).toBeNull();
    expect(budget.steps).toBeLessThan(0);
  });

  it("stops within its bounds on two 40,000-item sequences with nothing in common (worst case), whatever their length", () => {
    // Round d of the search visits d + 1 diagonals, one step each when nothing matches: giving up past
    // `maxEdits` edits costs at most this many steps, however long the sequences are.
    const maxEdits = 1_000;
    const bound = ((maxEdits + 1) * (maxEdits + 2)) / 2;
    const spent = (length: number) => {
      // Budget to spare, so that only the edits allowed can stop the search (and the test fails, not hangs, without them).
      const budget = { steps: 10 * bound };
      expect(
        diffSequences(
          Array.from({ length }, (_, i) => i),
          Array.from({ length }, (_, i) => -1 - i),
          maxEdits,
          budget,
        ),
      ).toBeNull();
      expect(budget.steps, `${length} items`).toBeGreaterThanOrEqual(0);
      return 10 * bound - budget.steps;
    };
    expect(spent(40_000)).toBeLessThanOrEqual(bound);
    expect(spent(40_000)).toBe(spent(4_000));
  });
});
