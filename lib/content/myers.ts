// Myers' O(ND) difference algorithm over sequences of numbers (interned
// words or paragraphs), bounded twice: by the number of edits it will look
// for and by a budget of steps shared across calls, so its worst case
// (two long sequences with nothing in common) costs a fixed amount of work.
// Memory grows with the square of the edits allowed (the trace of the
// search), never with the length of the sequences.

export type Run = { op: "same" | "removed" | "added"; count: number };
/** Steps left for every diff of one comparison; each diff takes what it used. */
export type StepBudget = { steps: number };

/**
 * The shortest edit script from `a` to `b`, as runs of kept, removed and
 * added items (removals before additions where both fit). Null when it takes
 * more than `maxEdits` removals and additions, or more steps than `budget`
 * has left.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number, budget: StepBudget): Run[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  budget.steps -= start + (a.length - endA);
  const middle = search(a, start, endA - start, b, start, endB - start, maxEdits, budget);
  if (!middle) return null;
  return merge([{ op: "same", count: start }, ...middle, { op: "same", count: a.length - endA }]);
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.count === 0) continue;
    const last = out.at(-1);
    if (last?.op === run.op) last.count += run.count;
    else out.push({ ...run });
  }
  return out;
}

/**
 * The furthest point reachable on diagonal k (x - y = k) with one more edit,
 * from the points in `v` (the furthest x on each diagonal after one edit
 * fewer, -1 where none): an addition from diagonal k + 1 or a removal from
 * k - 1, whichever reaches further without leaving the n x m grid.
 */
function step(v: Int32Array, at: number, k: number, n: number, m: number): { x: number; removal: boolean } {
  const fromAbove = v[at + 1];
  const fromLeft = v[at - 1];
  let x = fromAbove >= 0 && fromAbove - k <= m ? fromAbove : -1;
  let removal = false;
  if (fromLeft >= 0 && fromLeft + 1 <= n && fromLeft + 1 > x) {
    x = fromLeft + 1;
    removal = true;
  }
  return { x, removal };
}

function search(a: ArrayLike<number>, a0: number, n: number, b: ArrayLike<number>, b0: number, m: number, maxEdits: number, budget: StepBudget): Run[] | null {
  if (n === 0 || m === 0)
    return [
      { op: "removed", count: n },
      { op: "added", count: m },
    ];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3).fill(-1);
  v[offset + 1] = 0; // a virtual start, so that d = 0 begins at (0, 0)
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // Diagonals -d - 1 .. d + 1 as they stand before this round: enough to retrace it.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      // As in step(), inlined: this loop is the hot path.
      const fromAbove = v[offset + k + 1];
      const fromLeft = v[offset + k - 1];
      let x = fromAbove >= 0 && fromAbove - k <= m ? fromAbove : -1;
      if (fromLeft >= 0 && fromLeft + 1 <= n && fromLeft + 1 > x) x = fromLeft + 1;
      if (x < 0) {
        v[offset + k] = -1;
        continue;
      }
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      budget.steps -= 1 + x - from;
      v[offset + k] = x;
      if (x >= n && y >= m) return retrace(trace, d, n, m);
    }
    if (budget.steps < 0) return null;
  }
  return null;
}

/** Walks back from (n, m) through the saved rounds, collecting the runs in order. */
function retrace(trace: Int32Array[], edits: number, n: number, m: number): Run[] {
  const reversed: Run[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const k = x - y;
    // In trace[d], diagonal k sits at index k + d + 1.
    const { x: entered, removal } = step(trace[d], k + d + 1, k, n, m);
    reversed.push({ op: "same", count: x - entered }, { op: removal ? "removed" : "added", count: 1 });
    // The point the edit started from, on the diagonal it came from.
    x = removal ? entered - 1 : entered;
    y = x - (removal ? k - 1 : k + 1);
  }
  reversed.push({ op: "same", count: x });
  return merge(reversed.reverse());
}
