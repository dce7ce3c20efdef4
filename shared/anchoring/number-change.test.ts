import { describe, expect, it } from 'vitest';
import { describeNumberChanges, numberChanges } from './number-change';

describe('numberChanges', () => {
  it.each([
    [
      'one figure',
      'Maverick scores 86.3% on MMLU',
      'Maverick scores 79.1% on MMLU',
      '86.3% → 79.1%',
    ],
    ['money', 'a deal worth $400 million', 'a deal worth $450 million', '$400 → $450'],
    ['two figures', 'rose 12% to $9 billion', 'rose 14% to $10 billion', '12% → 14%, $9 → $10'],
    ['a percent sign dropped', 'rose 12% today', 'rose 12 today', '12% → 12'],
    ['typography aside', 'it said “86.3%” — again', 'it said "79.1%" - again', '86.3% → 79.1%'],
    ['a digit in a name', 'GPT-4o scores 70', 'GPT-5o scores 70', '4 → 5'],
  ])('%s', (_label, before, after, shown) => {
    const changes = numberChanges(before, after);
    expect(changes && describeNumberChanges(changes)).toBe(shown);
  });

  it.each([
    ['nothing changed', 'scores 86.3%', 'scores 86.3%'],
    ['a word changed too', 'Maverick scores 86.3%', 'Scout scores 79.1%'],
    ['a figure added', 'scores 86.3%', 'scores 86.3% and 80%'],
    ['words only', 'it rose sharply', 'it fell sharply'],
  ])('none when %s', (_label, before, after) => {
    expect(numberChanges(before, after)).toBeNull();
  });
});
