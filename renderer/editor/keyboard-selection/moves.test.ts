// Caret moves over canonical text: each row names the text the caret stands after before the
// move and after it, so it reads as what a person sees.
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../../shared/text/code-points';
import { moveOffset, type Direction, type TextUnit } from './moves';

const ARTICLE = [
  'Meta released Llama 4 on April 5, 2025. Maverick scores 73.5% on MMLU.',
  'The launch was held in Menlo Park, said Dr. Smith.',
  'Emoji 🦙 and e\u0301 stay whole.',
].join('\n\n');

/** The offset (code points) just after the first `before` in ARTICLE ('' is the start). */
function after(before: string): number {
  const i = ARTICLE.indexOf(before);
  expect(i, before).toBeGreaterThanOrEqual(0);
  return [...ARTICLE.slice(0, i + before.length)].length;
}

const index = new CodePointIndex(ARTICLE);

describe('moving the keyboard caret', () => {
  it.each<[string, TextUnit, Direction, string, string]>([
    // [what, unit, direction, caret after this text, lands after this text]
    ['a character forward', 'character', 1, 'Meta', 'Meta '],
    ['a character back', 'character', -1, 'Meta ', 'Meta'],
    ['from a block’s end into the next block', 'character', 1, 'MMLU.', 'MMLU.\n\n'],
    [
      'back from a block’s start to the end of the one before',
      'character',
      -1,
      'MMLU.\n\n',
      'MMLU.',
    ],
    ['over an emoji whole', 'character', 1, 'Emoji ', 'Emoji 🦙'],
    ['over a letter and its combining accent whole', 'character', -1, 'and e\u0301', 'and '],
    ['a word forward, to its end', 'word', 1, 'Meta', 'Meta released'],
    ['a word forward from inside it', 'word', 1, 'Meta rel', 'Meta released'],
    ['a word back, to its start', 'word', -1, 'Meta released', 'Meta '],
    ['a word forward over punctuation', 'word', 1, 'April 5', 'April 5, 2025'],
    ['a word forward, a decimal whole', 'word', 1, 'scores', 'scores 73.5'],
    ['a word forward into the next block', 'word', 1, 'MMLU.', 'MMLU.\n\nThe'],
    ['a word back into the block before', 'word', -1, 'MMLU.\n\n', '73.5% on '],
    ['a sentence forward, to its end', 'sentence', 1, 'Meta', '2025.'],
    ['a sentence forward, the next one', 'sentence', 1, '2025.', 'on MMLU.'],
    ['a sentence forward, past an abbreviation', 'sentence', 1, 'MMLU.', 'Dr. Smith.'],
    ['a sentence back, to its start', 'sentence', -1, 'scores', '2025. '],
    ['a sentence back from its start, the one before', 'sentence', -1, '2025. ', ''],
    ['a sentence back into the block before', 'sentence', -1, 'MMLU.\n\n', '2025. '],
    ['to the article’s end', 'article', 1, 'Meta', 'stay whole.'],
    ['to the article’s start', 'article', -1, 'Menlo', ''],
  ])('%s', (_what, unit, direction, from, to) => {
    expect(moveOffset(index, after(from), unit, direction)).toBe(after(to));
  });

  it.each<[TextUnit, Direction, number]>([
    ['character', 1, index.length],
    ['word', 1, index.length],
    ['sentence', 1, index.length],
    ['character', -1, 0],
    ['word', -1, 0],
    ['sentence', -1, 0],
  ])('stays put at the text’s edge: %s %i', (unit, direction, edge) => {
    expect(moveOffset(index, edge, unit, direction)).toBe(edge);
  });

  it('counts code points after an emoji', () => {
    const start = [...ARTICLE.slice(0, ARTICLE.indexOf(' and e'))].length; // after 🦙
    expect(moveOffset(index, start, 'word', 1)).toBe(start + ' and'.length);
  });

  it('finds words in a block far longer than it reads at once', () => {
    const long = new CodePointIndex(`${'word '.repeat(5000)}end.`);
    const middle = 'word '.length * 2500;
    expect(moveOffset(long, middle, 'word', 1)).toBe(middle + 'word'.length);
    expect(moveOffset(long, long.length, 'sentence', -1)).toBeLessThan(long.length);
  });
});
