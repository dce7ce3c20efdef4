// The longest common subsequence of two sequences of numbers (lines or words by id), as runs of
// matching items: Myers' O((N + M) · D) diff, kept lean because it runs once per edited paragraph.

/** Items a[aStart, aStart + length) equal b[bStart, bStart + length). */
export interface MatchingRun {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * The runs of items `a` and `b` have in common, in order, for a shortest edit script; or null if
 * that script needs more than `maxEdits` insertions and deletions (too different to align).
 */
export function matchingRuns(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEdits: number,
): MatchingRun[] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  // v[offset + k]: the furthest x reached on diagonal k (y = x - k).
  const v = new Int32Array(2 * max + 3);
  // The frontier before each round d, over diagonals -d-1 … d+1, to walk the path back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, n, m);
    }
  }
  return null;
}

/** Follows the recorded frontiers from the end back to the start, collecting the diagonals. */
function walkBack(trace: Int32Array[], n: number, m: number): MatchingRun[] {
  const runs: MatchingRun[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    // trace[d][i] is diagonal i - d - 1.
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[k + d]! < frontier[k + d + 2]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : frontier[previousK + d + 1]!;
    const previousY = d === 0 ? 0 : previousX - previousK;
    // The snake of round d starts one step after the previous point.
    const snakeX = d === 0 ? 0 : down ? previousX : previousX + 1;
    const length = x - snakeX;
    if (length > 0) runs.push({ aStart: snakeX, bStart: y - length, length });
    x = previousX;
    y = previousY;
  }
  return runs.reverse();
}
