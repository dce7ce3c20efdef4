import { describe, expect, it } from 'vitest';
import { splitLines } from './line-diff';
import { dice, pairInOrder, pairMovedEdited, wordPairs } from './paragraph-pairs';

const P1 = 'Meta released Llama 4 Scout and Maverick on Saturday, two open-weight models.';
const P1_EDITED =
  'Meta quietly released Llama 4 Scout and Maverick on Saturday, two open-weight models.';
const P2 = 'Maverick scores 73.5% on MMLU, ahead of GPT-4o, according to the company.';
const P2_EDITED = 'Maverick scores 73.5% on MMLU, well ahead of GPT-4o, according to the company.';
const OTHER = 'Shares of Nvidia fell 3% in New York trading on Monday after the report.';

const lines = (...texts: string[]) => splitLines(texts.join('\n'));
const texts = (pairs: Array<[{ text: string }, { text: string }]>) =>
  pairs.map(([a, b]) => [a.text, b.text]);

describe('wordPairs and dice', () => {
  it('compares paragraphs by adjacent word pairs', () => {
    expect([...wordPairs('Meta released Llama')]).toEqual(['meta released', 'released llama']);
    expect([...wordPairs('Background')]).toEqual(['background']);
    expect(dice(wordPairs(P1), wordPairs(P1))).toBe(1);
    expect(dice(wordPairs(P1), wordPairs(P1_EDITED))).toBeGreaterThan(0.8);
    expect(dice(wordPairs(P1), wordPairs(OTHER))).toBeLessThan(0.2);
  });
});

describe('pairInOrder', () => {
  it.each([
    ['one edited paragraph', [P1], [P1_EDITED], [[P1, P1_EDITED]]],
    [
      'two edited in order',
      [P1, P2],
      [P1_EDITED, P2_EDITED],
      [
        [P1, P1_EDITED],
        [P2, P2_EDITED],
      ],
    ],
    ['a paragraph replaced by an unrelated one', [P1], [OTHER], []],
    ['one edited, one new before it', [P2], [OTHER, P2_EDITED], [[P2, P2_EDITED]]],
    ['one edited, one removed', [P1, P2], [P2_EDITED], [[P2, P2_EDITED]]],
    // Most sentences of a paragraph deleted: little overlap, but what is left is all in the old one.
    ['sentences deleted from it', [`${P1} ${P2} ${OTHER}`], [P2], [[`${P1} ${P2} ${OTHER}`, P2]]],
  ])('%s', (_label, removed, added, expected) => {
    expect(texts(pairInOrder(lines(...removed), lines(...added)))).toEqual(expected);
  });
});

describe('pairMovedEdited', () => {
  it('pairs each removed paragraph with its edited copy anywhere, once', () => {
    const pairs = pairMovedEdited(lines(P1, P2), lines(OTHER, P2_EDITED, P1_EDITED));
    expect(new Map(texts(pairs) as Array<[string, string]>)).toEqual(
      new Map([
        [P1, P1_EDITED],
        [P2, P2_EDITED],
      ]),
    );
  });

  it('leaves unrelated paragraphs unpaired', () => {
    expect(pairMovedEdited(lines(P1), lines(OTHER))).toEqual([]);
  });
});
