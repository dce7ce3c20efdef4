import { describe, expect, it } from 'vitest';
import { matchingRuns } from './myers';

const codes = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The length of a longest common subsequence, by the textbook table. */
function lcsLength(a: number[], b: number[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const current = [0];
    b.forEach((y, j) =>
      current.push(x === y ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!)),
    );
    previous = current;
  }
  return previous[b.length]!;
}

describe('matchingRuns', () => {
  it.each([
    ['identical', 'abcdef', 'abcdef', [[0, 0, 6]]],
    [
      'one inserted',
      'abcdef',
      'abcXdef',
      [
        [0, 0, 3],
        [3, 4, 3],
      ],
    ],
    [
      'one deleted',
      'abcdef',
      'abdef',
      [
        [0, 0, 2],
        [3, 2, 3],
      ],
    ],
    [
      'one replaced',
      'abcdef',
      'abXdef',
      [
        [0, 0, 2],
        [3, 3, 3],
      ],
    ],
    ['nothing in common', 'abc', 'xyz', []],
    ['empty', '', 'abc', []],
  ])('%s', (_label, a, b, expected) => {
    const runs = matchingRuns(codes(a), codes(b), 100)!;
    expect(runs.map((r) => [r.aStart, r.bStart, r.length])).toEqual(expected);
  });

  it('gives up beyond the edit budget', () => {
    expect(matchingRuns(codes('abcdef'), codes('uvwxyz'), 4)).toBeNull();
    expect(matchingRuns(codes('abcdef'), codes('abcdXf'), 2)).not.toBeNull();
  });

  it('finds a longest common subsequence, in order, on 500 seeded random pairs', () => {
    let seed = 9;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const sequence = () =>
      Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 4));
    for (let k = 0; k < 500; k++) {
      const a = sequence();
      const b = sequence();
      const runs = matchingRuns(a, b, 1000)!;
      let lastA = 0;
      let lastB = 0;
      for (const run of runs) {
        expect(run.aStart).toBeGreaterThanOrEqual(lastA);
        expect(run.bStart).toBeGreaterThanOrEqual(lastB);
        for (let i = 0; i < run.length; i++) expect(a[run.aStart + i]).toBe(b[run.bStart + i]);
        lastA = run.aStart + run.length;
        lastB = run.bStart + run.length;
      }
      expect(runs.reduce((sum, run) => sum + run.length, 0)).toBe(lcsLength(a, b));
    }
  });
});
