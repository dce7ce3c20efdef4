import { describe, expect, it } from 'vitest';
import type { PdfLine } from './pdf-layout';
import { englishWordList, Hyphenation } from './pdf-hyphenation';
import { buildParagraphs, joinLines, withoutRunningText } from './pdf-paragraphs';

function line(text: string, y: number, extra: Partial<PdfLine> = {}): PdfLine {
  return { text, left: 72, right: 72 + text.length * 5, y, size: 10, page: 1, column: 0, ...extra };
}

describe('joinLines', () => {
  const english = new Hyphenation([], englishWordList);
  it.each([
    ['a word split at the line end', 'perfor-', 'mance', 'performance'],
    ['a word split before punctuation', 'the propri-', 'etary, model', 'the proprietary, model'],
    ['a compound of two words', 'production-', 'ready', 'production-ready'],
    ['a compound of three words', 'a mixture-of-', 'experts model', 'a mixture-of-experts model'],
    ['a compound no list knows', 'open-', 'weight', 'open-weight'],
    ['a hyphen before a capital', 'ahead of GPT-', '4o', 'ahead of GPT-4o'],
    ['a hyphen before a number', 'Llama-', '4 Scout', 'Llama-4 Scout'],
    ['a soft hyphen', 'bench\u00admark\u00ad', 'ing', 'bench\u00admarking'],
    ['a typesetter’s hyphen (U+2010)', 'propri\u2010', 'etary', 'proprietary'],
    ['an ordinary line end', 'open-weight', 'models', 'open-weight models'],
    ['a dash standing alone', 'models -', 'both', 'models - both'],
    ['non-Latin letters', 'Leistungs-', 'fähigkeit', 'Leistungsfähigkeit'],
  ])('%s', (_label, before, next, expected) => {
    expect(joinLines(before, next, english)).toBe(expected);
  });

  it('keeps the hyphen when nothing tells it apart', () => {
    expect(joinLines('perfor-', 'mance')).toBe('perfor-mance');
  });

  it.each([
    [
      'written whole elsewhere',
      ['Our pretrained model is pretrained.'],
      'pre-',
      'trained',
      'pretrained',
    ],
    ['hyphenated elsewhere', ['The pre-trained model.'], 'pre-', 'trained', 'pre-trained'],
    [
      'a compound elsewhere, not in the list',
      ['An openweight release.'],
      'open-',
      'weight',
      'openweight',
    ],
  ])('follows the document: a word %s', (_label, lines, before, next, expected) => {
    expect(joinLines(before, next, new Hyphenation(lines, englishWordList))).toBe(expected);
  });
});

describe('withoutRunningText', () => {
  const page = (n: number, lines: PdfLine[]) => ({
    height: 792,
    lines: lines.map((l) => ({ ...l, page: n })),
  });

  it.each([
    ['a bare page number', '12'],
    ['a page number with words', 'Page 3 of 9'],
    ['a dashed page number', '– 4 –'],
    ['a roman page number', 'xiv'],
  ])('drops %s at the foot of a single page', (_label, text) => {
    const kept = withoutRunningText([page(1, [line('Body.', 700), line(text, 30)])]);
    expect(kept.map((l) => l.text)).toEqual(['Body.']);
  });

  it('drops a header that repeats on most pages, whatever its number', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [line(`Annual report ${2020 + n}`, 770), line(`Text of page ${n}.`, 700)]),
    );
    expect(withoutRunningText(pages).map((l) => l.text)).toEqual([
      'Text of page 1.',
      'Text of page 2.',
      'Text of page 3.',
    ]);
  });

  it('keeps a line in the margin that does not repeat, and repeated text in the body', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [line(`A one-off note ${'x'.repeat(n)}`, 770), line('Same body line.', 500)]),
    );
    expect(withoutRunningText(pages)).toHaveLength(6);
  });
});

describe('buildParagraphs', () => {
  it('tells headings from body text by size and keeps each paragraph’s first page', () => {
    const paragraphs = buildParagraphs([
      {
        height: 792,
        lines: [
          line('Results', 720, { size: 14 }),
          line('Maverick scores 73.5 on the MMLU benchmark, ahead of', 700),
          line('the others.', 688),
          line('Scout fits on one GPU and it is the smaller one of the', 660),
        ],
      },
      { height: 792, lines: [line('two models.', 720, { page: 2 })] },
    ]);
    expect(paragraphs).toEqual([
      { kind: 'heading', text: 'Results', page: 1, size: 14 },
      {
        kind: 'paragraph',
        text: 'Maverick scores 73.5 on the MMLU benchmark, ahead of the others.',
        page: 1,
        size: 10,
      },
      {
        kind: 'paragraph',
        text: 'Scout fits on one GPU and it is the smaller one of the two models.',
        page: 1,
        size: 10,
      },
    ]);
  });
});
