// The paragraph-level diff of two versions of a text (paragraphs are lines ended by "\n"): which
// lines are the same, in order, and which were removed or added between them (hunks).
import { matchingRuns } from './myers';
import { partitionPoint } from '../text/partition-point';

export interface Line {
  start: number;
  /** End without the line's "\n". */
  end: number;
  /** End after the line's "\n", if it has one. */
  next: number;
  text: string;
}

/** Lines removed and added between two runs of equal lines. */
export interface Hunk {
  removed: Line[];
  added: Line[];
}

export type Step = Hunk | { old: Line; new: Line };

/** Edits beyond which the diff of the lines between two anchors gives up: all of them changed. */
const MAX_GAP_EDITS = 2000;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    lines.push({ start, end, next, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

type Change = { kind: 'equal' | 'removed' | 'added'; count: number };

/**
 * The line diff as equal line pairs and hunks. Lines found once in each text anchor it (the
 * longest run of them in order, as in patience diff); only the short stretches between anchors
 * go through an O(N·D) diff, so a text edited everywhere costs no more than one edited once.
 */
export function diffLines(oldLines: Line[], newLines: Line[]): Step[] {
  const ids = new Map<string, number>();
  const idOf = (line: Line) => {
    let id = ids.get(line.text);
    if (id === undefined) ids.set(line.text, (id = ids.size));
    return id;
  };
  const changes = diffIds(oldLines.map(idOf), newLines.map(idOf));

  const steps: Step[] = [];
  let o = 0;
  let n = 0;
  let hunk: Hunk | null = null;
  for (const change of changes) {
    if (change.kind === 'equal') {
      if (hunk) steps.push(hunk);
      hunk = null;
      for (let k = 0; k < change.count; k++)
        steps.push({ old: oldLines[o++]!, new: newLines[n++]! });
      continue;
    }
    hunk ??= { removed: [], added: [] };
    if (change.kind === 'removed') hunk.removed.push(...oldLines.slice(o, (o += change.count)));
    else hunk.added.push(...newLines.slice(n, (n += change.count)));
  }
  if (hunk) steps.push(hunk);
  return steps;
}

function diffIds(a: number[], b: number[]): Change[] {
  const changes: Change[] = [];
  const push = (kind: Change['kind'], count: number) => {
    if (count <= 0) return;
    const last = changes[changes.length - 1];
    if (last && last.kind === kind) last.count += count;
    else changes.push({ kind, count });
  };
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...uniqueAnchors(a, b), [a.length, b.length] as const]) {
    for (const change of diffGap(a.slice(i, ai), b.slice(j, bj))) push(change.kind, change.count);
    if (ai < a.length) push('equal', 1);
    i = ai + 1;
    j = bj + 1;
  }
  return changes;
}

/**
 * The diff of the lines between two anchors: common ends first, then a bounded Myers diff (past
 * the bound, everything between is removed and added).
 */
function diffGap(a: number[], b: number[]): Change[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const runs = matchingRuns(middleA, middleB, MAX_GAP_EDITS);
  const changes: Change[] = [{ kind: 'equal', count: head }];
  let i = 0;
  let j = 0;
  for (const run of [
    ...(runs ?? []),
    { aStart: middleA.length, bStart: middleB.length, length: 0 },
  ]) {
    changes.push({ kind: 'removed', count: run.aStart - i });
    changes.push({ kind: 'added', count: run.bStart - j });
    changes.push({ kind: 'equal', count: run.length });
    i = run.aStart + run.length;
    j = run.bStart + run.length;
  }
  changes.push({ kind: 'equal', count: tail });
  return changes;
}

/** Pairs (i, j) of ids found exactly once in `a` and in `b`, the longest chain in order of both. */
function uniqueAnchors(a: number[], b: number[]): Array<readonly [number, number]> {
  const once = (ids: number[]) => {
    const at = new Map<number, number>();
    ids.forEach((id, i) => at.set(id, at.has(id) ? -1 : i));
    return at;
  };
  const inA = once(a);
  const inB = once(b);
  const pairs: Array<readonly [number, number]> = [];
  for (const [id, i] of inA) {
    const j = inB.get(id);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The longest subsequence of `pairs` (sorted by first) whose seconds increase: O(n log n). */
function longestIncreasing(
  pairs: Array<readonly [number, number]>,
): Array<readonly [number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    const lo = partitionPoint(tails.length, (t) => pairs[tails[t]!]![1] < j);
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const chain: Array<readonly [number, number]> = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}
