import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  it.each([
    [0, '<', 0],
    [1, '<', 0],
    [3, '<', 1],
    [3, '<=', 4],
    [8, '<', 5],
    [9, '<=', 6],
    [10, '<', 6],
  ] as const)('finds where %i goes (%s)', (value, op, expected) => {
    const before = (i: number) => (op === '<' ? sorted[i]! < value : sorted[i]! <= value);
    expect(partitionPoint(sorted.length, before)).toBe(expected);
  });

  it('answers 0 for nothing to search', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
