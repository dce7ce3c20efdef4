import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { quoteSelector, trimSpan } from './quote-selector';

describe('quoteSelector', () => {
  const text = new CodePointIndex('😀 Meta released Llama 4 Maverick 🦙 today.');
  it.each([
    [2, 6, { quote: 'Meta', prefix: '😀 ', suffix: ' released Llama 4 Maverick 🦙 tod' }],
    [0, 1, { quote: '😀', prefix: '', suffix: ' Meta released Llama 4 Maverick ' }],
  ])('span [%i, %i)', (start, end, expected) => {
    expect(quoteSelector(text, start, end)).toEqual(expected);
  });

  it('limits context to the given length', () => {
    expect(quoteSelector(text, 7, 15, 3)).toEqual({
      quote: 'released',
      prefix: 'ta ',
      suffix: ' Ll',
    });
  });
});

describe('trimSpan', () => {
  const text = new CodePointIndex('Title\n\n Body text \n\nNext');
  it.each([
    [0, 7, { start: 0, end: 5 }],
    [5, 19, { start: 8, end: 17 }],
    [5, 7, null],
  ])('[%i, %i)', (start, end, expected) => {
    expect(trimSpan(text, start, end)).toEqual(expected);
  });
});
