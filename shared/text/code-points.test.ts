import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength, sliceCodePoints } from './code-points';

const samples: Array<[label: string, text: string]> = [
  ['ascii', 'Meta released Llama 4'],
  ['emoji', 'GPT 🚀 beats 👩‍💻 at 73.5% 🎉'],
  ['cjk', '大規模言語モデル Llama 4 は 𠮷野家 で'],
  ['combining marks', 'Café naïve e\u0301 a\u0308 — résumé'],
  ['crlf', 'line one\r\nline two\r\n\r\nthree'],
  ['lone surrogate', 'bad \ud800 pair \udc00 end'],
  ['empty', ''],
];

describe('codePointLength', () => {
  it.each(samples)('%s matches the spread length', (_label, text) => {
    expect(codePointLength(text)).toBe([...text].length);
  });
});

describe('CodePointIndex', () => {
  it.each(samples)('%s: every code-point slice equals the spread slice', (_label, text) => {
    const index = new CodePointIndex(text);
    const points = [...text];
    expect(index.length).toBe(points.length);
    for (let start = 0; start <= points.length; start++) {
      for (let end = start; end <= points.length; end++) {
        expect(index.slice(start, end)).toBe(points.slice(start, end).join(''));
      }
    }
  });

  it.each(samples)('%s: toCodePoint inverts toUtf16', (_label, text) => {
    const index = new CodePointIndex(text);
    for (let cp = 0; cp <= index.length; cp++) {
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
    }
  });

  it('maps an index inside a surrogate pair to the start of its character', () => {
    const index = new CodePointIndex('a😀b');
    expect(index.toCodePoint(1)).toBe(1);
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.toUtf16(2)).toBe(3);
  });

  it('clamps offsets outside the text', () => {
    const index = new CodePointIndex('ab😀');
    expect(index.toUtf16(-5)).toBe(0);
    expect(index.toUtf16(99)).toBe(4);
    expect(index.toCodePoint(99)).toBe(3);
  });
});

describe('sliceCodePoints', () => {
  it('slices by code points', () => {
    expect(sliceCodePoints('😀Meta😀', 1, 5)).toBe('Meta');
  });
});
