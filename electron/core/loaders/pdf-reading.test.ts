// PDFs laid out as papers are (two columns, running header and footer, hyphenation, ligatures,
// a footnote, a table, a sentence across pages), made by the tests, read as a person reads them.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../shared/model/blocks';
import type { ExtractedArticle } from '../../../shared/model/article';
import { titleFromFileName } from './extracted';
import { makePdf, type PdfOptions, type PdfPage, type PdfText } from './make-test-pdf';
import { loadPdf } from './pdf';

const NOW = '2026-11-26T12:00:00.000Z';

function open(pages: PdfPage[], options: PdfOptions = {}): Promise<ExtractedArticle> {
  return loadPdf(makePdf(pages, options), {
    source: { kind: 'file', fileName: 'paper.pdf', retrievedAt: NOW },
    fallbackTitle: titleFromFileName('paper.pdf'),
    displayName: 'paper.pdf',
  });
}

const LEADING = 12;
const SIZE = 10;
const LEFT = 72;
const RIGHT = 320;

/** Lines set one under another from `y` down, at `x`. */
function lines(texts: string[], x: number, y: number, size = SIZE): PdfText[] {
  return texts.map((text, i) => ({ x, y: y - i * LEADING, size, text }));
}

/** The running header and footer of page `n`. */
function running(n: number): PdfText[] {
  return [
    { x: LEFT, y: 760, size: 8, text: 'Open models review, 2026' },
    { x: 300, y: 36, size: 8, text: `${n}` },
  ];
}

const texts = (article: ExtractedArticle) => article.blocks.map(blockText);

describe('a two-column paper', () => {
  // Lines a little under a column wide, so that each fills its column.
  const page1: PdfPage = {
    texts: [
      ...running(1),
      { x: LEFT, y: 720, size: 18, text: 'Open-weight models, reviewed' },
      ...lines(
        [
          'The production-',
          'ready release of Scout is a mixture-of-',
          'experts model with a propri‐',
          'etary licence and eﬃcient ﬁne-tuning',
          'that ﬂows from its strong perfor-',
          'mance on long inputs, the authors say',
          'in their report on the open release of',
        ],
        LEFT,
        680,
      ),
      ...lines(
        [
          'its models. Maverick scores 86.3% on MMLU,',
          'ahead of GPT-4o on the same test set',
          'and on several coding and reasoning',
          'tasks that the open community uses to',
          'compare models, though some of these',
          'figures were measured by Meta alone',
          'and the rest by the production-ready',
        ],
        RIGHT,
        680,
      ),
    ],
  };
  const page2: PdfPage = {
    texts: [
      ...running(2),
      ...lines(
        ['evaluation harness the team released', 'along with the weights in April.'],
        LEFT,
        720,
      ),
      ...lines(['Scout fits on a single GPU and runs', 'at home on one card.'], RIGHT, 720),
    ],
  };

  it('reads column by column, across the page, without header, footer or page number', async () => {
    const article = await open([page1, page2], { title: 'Open-weight models, reviewed' });
    expect(texts(article)).toEqual([
      'Open-weight models, reviewed',
      'The production-ready release of Scout is a mixture-of-experts model with a proprietary licence and efficient fine-tuning that flows from its strong performance on long inputs, the authors say in their report on the open release of its models. Maverick scores 86.3% on MMLU, ahead of GPT-4o on the same test set and on several coding and reasoning tasks that the open community uses to compare models, though some of these figures were measured by Meta alone and the rest by the production-ready evaluation harness the team released along with the weights in April.',
      'Scout fits on a single GPU and runs at home on one card.',
    ]);
  });

  it('shows the title once when the page repeats it in other spelling', async () => {
    const article = await open([page1, page2], { title: 'Openweight Models — Reviewed' });
    expect(texts(article).filter((t) => /reviewed/i.test(t))).toEqual([
      'Openweight Models — Reviewed',
    ]);
  });
});

describe('a footnote', () => {
  it('keeps its marker on its word and does not cut the sentence running on to the next page', async () => {
    const article = await open([
      {
        texts: [
          ...running(1),
          ...lines(
            [
              'The weights were released under a licence',
              'that allows commercial use by most firms',
            ],
            LEFT,
            700,
          ),
          // The marker: smaller, raised, right after its word.
          { x: 239.1, y: 692, size: 6, text: '1' },
          ...lines(['but not by the largest ones, and the'], LEFT, 676),
          { x: LEFT, y: 70, size: 7, text: '1 The licence names a limit of 700 million users.' },
        ],
      },
      {
        texts: [...running(2), ...lines(['terms changed after the first release.'], LEFT, 720)],
      },
    ]);
    expect(texts(article).slice(1)).toEqual([
      'The weights were released under a licence that allows commercial use by most firms1 but not by the largest ones, and the terms changed after the first release.',
      '1 The licence names a limit of 700 million users.',
    ]);
  });
});

describe('a table', () => {
  it('is read row by row, one cell after another', async () => {
    const row = (y: number, cells: string[]) =>
      cells.map((text, i) => ({ x: LEFT + i * 150, y, size: SIZE, text }));
    const article = await open([
      {
        texts: [
          ...lines(['The scores, as reported by each lab:'], LEFT, 720),
          ...row(690, ['Model', 'MMLU', 'HumanEval']),
          ...row(676, ['Maverick', '86.3%', '62.0%']),
          ...row(662, ['Scout', '79.6%', '52.1%']),
          ...row(648, ['GPT-4o', '85.7%', '90.2%']),
          ...lines(['Each lab ran its own evaluation.'], LEFT, 620),
        ],
      },
    ]);
    expect(article.blocks.slice(1).map((b) => [b.type, b.row, b.column, blockText(b)])).toEqual([
      ['paragraph', undefined, undefined, 'The scores, as reported by each lab:'],
      ['tableCell', 0, 0, 'Model'],
      ['tableCell', 0, 1, 'MMLU'],
      ['tableCell', 0, 2, 'HumanEval'],
      ['tableCell', 1, 0, 'Maverick'],
      ['tableCell', 1, 1, '86.3%'],
      ['tableCell', 1, 2, '62.0%'],
      ['tableCell', 2, 0, 'Scout'],
      ['tableCell', 2, 1, '79.6%'],
      ['tableCell', 2, 2, '52.1%'],
      ['tableCell', 3, 0, 'GPT-4o'],
      ['tableCell', 3, 1, '85.7%'],
      ['tableCell', 3, 2, '90.2%'],
      ['paragraph', undefined, undefined, 'Each lab ran its own evaluation.'],
    ]);
  });
});

describe('a soft hyphen at a line end', () => {
  // pdfjs's text layer drops U+00AD; the loader finds the drawn glyph in the operator list.
  it.each([
    ['in a Tj string', [lines(['A word broken with a soft\u00ad', 'ware hyphen reads whole.'], LEFT, 700)]],
    ['at the end of a TJ array', [[{ x: LEFT, y: 700, size: SIZE, text: ['A word broken with a ', -30, 'soft\u00ad'] }], lines(['ware hyphen reads whole.'], LEFT, 688)]],
    ['drawn on its own', [lines(['A word broken with a soft'], LEFT, 700), [{ x: 189.6, y: 700, size: SIZE, text: '\u00ad' }], lines(['ware hyphen reads whole.'], LEFT, 688)]],
  ])('%s joins the word without the hyphen', async (_label, parts) => {
    const article = await open([{ texts: parts.flat() }]);
    expect(texts(article).slice(1)).toEqual(['A word broken with a software hyphen reads whole.']);
  }); // prettier-ignore

  it('joins only the word it ends when the same text comes earlier on the page', async () => {
    const article = await open([
      { texts: lines(['Software is soft, and soft', 'ware is soft\u00ad', 'ware all the same.'], LEFT, 700) },
    ]); // prettier-ignore
    expect(texts(article).slice(1)).toEqual([
      'Software is soft, and soft ware is software all the same.',
    ]);
  });
});
