import { describe, expect, it } from 'vitest';
import {
  RangeWords,
  approximateOccurrences,
  exactOccurrences,
  hasEdges,
  quoteEdges,
  snapToWords,
  WordStarts,
} from './search';

describe('exactOccurrences', () => {
  it('lists every start, overlapping ones included', () => {
    expect(exactOccurrences('Meta, Meta and Metaverse', 'Meta')).toEqual([0, 6, 15]);
    expect(exactOccurrences('aaa', 'aa')).toEqual([0, 1]);
    expect(exactOccurrences('Meta', 'Google')).toEqual([]);
  });
});

describe('WordStarts', () => {
  const text = 'Meta said Meta-Llama and Metaverse. The Meta model: Meta said so, Meta said.';
  const index = new WordStarts(text);

  it.each([
    // Where a word starts; whether it also ends there is for the caller ("Metaverse").
    ['Meta', [0, 10, 25, 40, 52, 66]],
    ['Meta said', [0, 52, 66]],
    ['Google', []],
  ])('finds %j where a word starts', (quote, expected) => {
    expect(index.occurrences(quote)).toEqual(expected);
  });

  it('leaves quotes it cannot answer for to a scan', () => {
    expect(index.occurrences('Me')).toBeNull();
    expect(index.occurrences('"Meta')).toBeNull();
    // Long quotes are found faster by a scan.
    expect(index.occurrences('Meta said so, Meta')).toBeNull();
  });
});

describe('approximateOccurrences', () => {
  const text = 'Maverick scores 73.5% on MMLU. Scout scores 69.1% on MMLU.';

  it('finds the closest matches in a window, one per place', () => {
    const found = approximateOccurrences(text, 'Maverick scored 73.5% on MMLU', 0, text.length, 5);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Maverick scores 73.5% on MMLU');
    expect(found[0]!.errors).toBe(1);
  });

  it('searches only the window', () => {
    const from = text.indexOf('Scout');
    expect(approximateOccurrences(text, 'Maverick scores', from, text.length, 2)).toEqual([]);
  });
});

describe('word edges', () => {
  it.each([
    ['Meta', 'said ', ' released', { startsWord: true, endsWord: true }],
    ['eta', 'said M', ' released', { startsWord: false, endsWord: true }],
    ['Meta', '', '', { startsWord: true, endsWord: true }],
  ])('quoteEdges(%j)', (quote, prefix, suffix, expected) => {
    expect(quoteEdges(quote, prefix, suffix)).toEqual(expected);
  });

  it('rejects a place that cuts a word the quote had whole', () => {
    const text = 'Meta and Metaverse';
    const whole = { startsWord: true, endsWord: true };
    expect(hasEdges(text, 0, 4, whole)).toBe(true);
    expect(hasEdges(text, 9, 13, whole)).toBe(false);
    expect(hasEdges(text, 9, 13, { startsWord: true, endsWord: false })).toBe(true);
  });

  it.each([
    // A match ending inside "15%" must show the whole number.
    ['revenue rose 15% in 2023', 'rose 1', 'rose 15'],
    ['so Meta said so', ' Meta sa', 'Meta said'],
    ['GPT-4o leads', 'GPT-4', 'GPT-4o'],
  ])('snapToWords in %j: %j becomes %j', (text, match, snapped) => {
    const start = text.indexOf(match);
    const result = snapToWords(text, start, start + match.length, {
      startsWord: true,
      endsWord: true,
    });
    expect(text.slice(result.start, result.end)).toBe(snapped);
  });
});

describe('RangeWords', () => {
  const text =
    'Meta released Llama 4 Maverick. | Nvidia shares fell 3%. | Llama 4 Maverick was released.';
  const ranges = text.split(' | ').map((part) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length };
  });
  const words = new RangeWords(text, ranges);

  it('names the ranges holding half of the quote words or more', () => {
    expect(words.likelyRanges('released Llama 4 Maverick', 1000)).toEqual([ranges[0], ranges[2]]);
    expect(words.likelyRanges('Nvidia shares', 1000)).toEqual([ranges[1]]);
    expect(words.likelyRanges('Nvidia shares Google Gemini', 1000)).toEqual([ranges[1]]);
    expect(words.likelyRanges('Google Gemini', 1000)).toEqual([]);
  });

  it('keeps within its budget, the ranges sharing most words first', () => {
    const size = ranges[0]!.end - ranges[0]!.start;
    expect(words.likelyRanges('Meta released Llama Maverick', size)).toEqual([ranges[0]]);
  });
});
