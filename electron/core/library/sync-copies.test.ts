import { describe, expect, it } from 'vitest';
import { groupCopies, oneDriveCandidateOf, unambiguousCopyOf } from './sync-copies';

describe('conflict copies by name', () => {
  it.each([
    ['art_1.sync-conflict-20261207-181500-ABCDEFG.json', 'art_1.json'],
    ['Dana.sync-conflict-20261207-181500-7XQ2ZKP.json', 'Dana.json'],
    ["art_1 (Dana's MacBook's conflicted copy 2026-12-07).json", 'art_1.json'],
    ["entities (Bob's conflicted copy 2026-12-07 1).json", 'entities.json'],
    ['art_1.json', null],
    ['art_1-LAPTOP.json', null],
    ['index.json', null],
  ])('%s copies %s', (name, original) => {
    expect(unambiguousCopyOf(name)).toBe(original);
  });

  it('takes a OneDrive-style name for a copy only when the original is there', () => {
    const names = new Set(['art_1.json', 'art_1-LAPTOP.json', 'art_x-y.json']);
    expect(oneDriveCandidateOf('art_1-LAPTOP.json', names)).toBe('art_1.json');
    expect(oneDriveCandidateOf('art_x-y.json', names)).toBeNull();
  });

  it('groups each copy under its file, a copy without its file standing for it', () => {
    const { copies, maybeCopies } = groupCopies([
      'a.json',
      'a.sync-conflict-20261207-181500-ABCDEFG.json',
      "b (X's conflicted copy 2026-12-07).json",
      'a-PC.json',
    ]);
    expect(copies.get('a.json')).toEqual(['a.sync-conflict-20261207-181500-ABCDEFG.json']);
    expect(copies.get('b.json')).toEqual(["b (X's conflicted copy 2026-12-07).json"]);
    expect(maybeCopies.get('a-PC.json')).toBe('a.json');
  });
});
