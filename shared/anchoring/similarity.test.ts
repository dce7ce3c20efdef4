import { describe, expect, it } from 'vitest';
import {
  compareSalient,
  editDistance,
  leadingSimilarity,
  salientTokens,
  similarity,
  trailingSimilarity,
} from './similarity';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['73.5% on MMLU', '75.3% on MMLU', 2],
    ['Meta released', 'Meta quietly released', 8],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('gives a similarity from 0 to 1', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('abcd', 'abed')).toBe(0.75);
  });
});

describe('context similarity', () => {
  it.each([
    // pattern, text after a candidate, similarity
    [' report says.', ' report says. Next', 1],
    [' report says.', ' paper says. Next', 1 - 4 / 13], // "report" → "paper": 4 edits
    [' report says.', '', 0],
    ['', '', 1],
    ['', 'anything', 0],
  ])('leading %j in %j', (pattern, text, expected) => {
    expect(leadingSimilarity(pattern, text)).toBeCloseTo(expected, 5);
  });

  it('compares a prefix with the end of the text before a candidate', () => {
    expect(trailingSimilarity('trained on 28 ', 'The model was trained on 28 ')).toBe(1);
    expect(trailingSimilarity('trained on 28 ', 'The model was traiend on 28 ')).toBeCloseTo(
      1 - 2 / 14,
      5,
    );
    expect(trailingSimilarity('trained on 28 ', 'trained on 28 and more ')).toBeLessThan(0.5);
  });
});

describe('leading and trailing similarity against a plain table', () => {
  /** The textbook dynamic programme: pattern fully, text from its start, any end. */
  function reference(pattern: string, text: string): number {
    let previous = Array.from({ length: text.length + 1 }, (_, j) => j);
    for (let i = 1; i <= pattern.length; i++) {
      const current = [i];
      for (let j = 1; j <= text.length; j++) {
        const substitution = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
      }
      previous = current;
    }
    return Math.max(0, 1 - Math.min(...previous) / pattern.length);
  }

  it('agrees on 2,000 seeded random pairs, short and long patterns', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const word = (length: number) =>
      Array.from({ length }, () => 'ab c.'[Math.floor(random() * 5)]).join('');
    for (let k = 0; k < 2000; k++) {
      const pattern = word(1 + Math.floor(random() * 40));
      const text = word(Math.floor(random() * 50));
      expect(leadingSimilarity(pattern, text)).toBeCloseTo(reference(pattern, text), 9);
      const reversed = (x: string) => [...x].reverse().join('');
      expect(trailingSimilarity(pattern, text)).toBeCloseTo(
        reference(reversed(pattern), reversed(text)),
        9,
      );
    }
  });
});

describe('salient tokens', () => {
  it('finds numbers and capitalised words', () => {
    expect(salientTokens('Meta said Llama 4 scores 73.5% on MMLU, 1,024 GPUs')).toEqual({
      numbers: ['1024', '4', '73.5'],
      names: ['GPUs', 'Llama', 'MMLU', 'Meta'],
    });
  });

  it.each([
    ['a different number', 'rose 5% in 2023', 'rose 6% in 2023', { numbers: false, names: true }],
    ['a different name', 'Meta said', 'Google said', { numbers: true, names: false }],
    ['a word inserted', 'Meta said 5%', 'Meta quietly said 5%', { numbers: true, names: true }],
    ['thousands separator', '1,024 chips', '1024 chips', { numbers: true, names: true }],
    ['a number added', 'Llama', 'Llama 4', { numbers: false, names: true }],
    ['another model version', 'GPT-4o leads', 'GPT-4 leads', { numbers: false, names: true }],
    [
      'a typo fixed in a long name',
      'Mark Zuckerburg',
      'Mark Zuckerberg',
      { numbers: true, names: true },
    ],
    [
      'a typo in a capitalised word',
      'Accoridng to',
      'According to',
      { numbers: true, names: true },
    ],
    ['short names are not typos', 'Llama', 'Llava', { numbers: true, names: false }],
  ])('%s', (_label, a, b, expected) => {
    expect(compareSalient(a, b)).toEqual(expected);
  });
});
