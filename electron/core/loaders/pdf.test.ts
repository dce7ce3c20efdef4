import { describe, expect, it } from 'vitest';
import { blockText, type Block } from '../../../shared/model/blocks';
import type { ExtractedArticle } from '../../../shared/model/article';
import { titleFromFileName } from './extracted';
import { makePdf, type PdfOptions, type PdfPage, type PdfText } from './make-test-pdf';
import { loadPdf, usableTitle, type PdfLoadOptions } from './pdf';

const NOW = '2026-11-26T12:00:00.000Z';

function open(
  pages: PdfPage[],
  options: PdfOptions = {},
  fileName = 'paper.pdf',
  loadOptions: PdfLoadOptions = {},
): Promise<ExtractedArticle> {
  return loadPdf(
    makePdf(pages, options),
    {
      source: { kind: 'file', fileName, retrievedAt: NOW },
      fallbackTitle: titleFromFileName(fileName),
      displayName: fileName,
    },
    loadOptions,
  );
}

/** Lines set one under another, as a paragraph of a column is. */
function column(
  lines: string[],
  {
    x = 72,
    y = 700,
    size = 11,
    leading = 14,
  }: Partial<Record<'x' | 'y' | 'size' | 'leading', number>> = {},
): PdfText[] {
  return lines.map((text, i) => ({ x, y: y - i * leading, size, text }));
}

const texts = (article: ExtractedArticle) => article.blocks.map(blockText);
const body = (article: ExtractedArticle): Block[] => article.blocks.slice(1);

describe('loadPdf', () => {
  it('rebuilds paragraphs from lines, rejoining words split at a line end', async () => {
    const article = await open([
      {
        texts: [
          { x: 72, y: 730, size: 22, text: 'Llama 4 Benchmarks', bold: true },
          ...column(
            [
              'Maverick reaches new levels of perfor-',
              'mance on the MMLU benchmark, ahead of GPT-',
              '4o, while the open-weight Scout model fits',
              'on a single H100 GPU.',
            ],
            { y: 690 },
          ),
          // A blank line's worth of space starts the second paragraph.
          ...column(
            [
              'Meta released both models in April under its own license terms and a',
              'usage policy.',
            ],
            { y: 620 },
          ),
        ],
      },
    ]);
    expect(article.title).toBe('Llama 4 Benchmarks');
    expect(texts(article)).toEqual([
      'Llama 4 Benchmarks',
      'Maverick reaches new levels of performance on the MMLU benchmark, ahead of GPT-4o, while the open-weight Scout model fits on a single H100 GPU.',
      'Meta released both models in April under its own license terms and a usage policy.',
    ]);
    expect(body(article).map((b) => [b.type, b.page])).toEqual([
      ['paragraph', 1],
      ['paragraph', 1],
    ]);
    expect(article.source).toEqual({
      kind: 'file',
      fileName: 'paper.pdf',
      mediaType: 'pdf',
      retrievedAt: NOW,
    });
  });

  it('starts a paragraph at an indented first line and after a short last line', async () => {
    const article = await open([
      {
        texts: [
          ...column(['The first paragraph runs over two lines of text and then', 'ends here.']),
          { x: 90, y: 672, size: 11, text: 'An indented line opens the second paragraph of this' },
          ...column(['page, which goes on below it.'], { y: 658 }),
          ...column(['A third one follows the short line.'], { y: 644 }),
        ],
      },
    ]);
    expect(texts(article).slice(1)).toEqual([
      'The first paragraph runs over two lines of text and then ends here.',
      'An indented line opens the second paragraph of this page, which goes on below it.',
      'A third one follows the short line.',
    ]);
  });

  it('takes the title from the metadata and drops the heading that repeats it', async () => {
    const article = await open(
      [
        {
          texts: [
            { x: 72, y: 730, size: 20, text: 'Scout and Maverick' },
            { x: 72, y: 700, size: 14, text: 'Introduction' },
            ...column(['Meta released two models.'], { y: 680 }),
            { x: 72, y: 640, size: 14, text: 'Results' },
            ...column(['Maverick leads on MMLU.'], { y: 620 }),
          ],
        },
      ],
      { title: 'Scout and Maverick', author: 'Ann Analyst' },
    );
    expect(article.title).toBe('Scout and Maverick');
    expect(article.byline).toBe('Ann Analyst');
    expect(body(article).map((b) => [b.type, b.level, blockText(b)])).toEqual([
      // The title is the level-1 heading; the next size down ranks 2.
      ['heading', 2, 'Introduction'],
      ['paragraph', undefined, 'Meta released two models.'],
      ['heading', 2, 'Results'],
      ['paragraph', undefined, 'Maverick leads on MMLU.'],
    ]);
  });

  it('ignores a placeholder title in the metadata and uses the largest first-page line', async () => {
    const article = await open(
      [
        {
          texts: [
            { x: 72, y: 730, size: 18, text: 'Real headline' },
            ...column(['Body text, in a smaller size than the headline.']),
          ],
        },
      ],
      { title: 'Microsoft Word - draft3.docx' },
    );
    expect(texts(article)).toEqual([
      'Real headline',
      'Body text, in a smaller size than the headline.',
    ]);
  });

  it('falls back to the file name when nothing names the document', async () => {
    const article = await open([{ texts: column(['Only body text here.']) }], {}, 'q3-report.pdf');
    expect(texts(article)).toEqual(['q3-report', 'Only body text here.']);
  });

  it('reads two columns one after the other, even when the PDF interleaves their lines', async () => {
    const left = [
      'Left column starts the',
      'story about Llama 4',
      'and its two models,',
      'Scout and Maverick.',
    ];
    const right = [
      'Right column goes on',
      'with the benchmarks',
      'that Meta published',
      'for both of them.',
    ];
    // Each row's left and right line are drawn together, as some producers write them.
    const rows = left.flatMap((text, i) => [
      { x: 72, y: 680 - i * 14, size: 11, text },
      { x: 320, y: 680 - i * 14, size: 11, text: right[i]! },
    ]);
    const article = await open([
      {
        texts: [{ x: 72, y: 730, size: 20, text: 'A two-column page spanning the width' }, ...rows],
      },
    ]);
    expect(texts(article)).toEqual([
      'A two-column page spanning the width',
      'Left column starts the story about Llama 4 and its two models, Scout and Maverick.',
      'Right column goes on with the benchmarks that Meta published for both of them.',
    ]);
  });

  it('drops running headers, footers and page numbers, and knows each block’s page', async () => {
    const pages: PdfPage[] = [1, 2, 3, 4].map((n) => ({
      texts: [
        { x: 72, y: 760, size: 9, text: 'Factmark Review · Vol. 2' },
        { x: 500, y: 760, size: 9, text: `Issue ${n + 10}` },
        ...column([`Page ${n} has its own paragraph of text about the models.`]),
        { x: 300, y: 40, size: 9, text: String(n) },
      ],
    }));
    const article = await open(pages);
    expect(body(article).map((b) => [blockText(b), b.page])).toEqual([
      ['Page 1 has its own paragraph of text about the models.', 1],
      ['Page 2 has its own paragraph of text about the models.', 2],
      ['Page 3 has its own paragraph of text about the models.', 3],
      ['Page 4 has its own paragraph of text about the models.', 4],
    ]);
  });

  it('joins a paragraph that goes on over a page break, giving it the page it starts on', async () => {
    const long = 'This line is long enough to fill the column from one side to the';
    const article = await open([
      {
        texts: [
          ...column(['Opening paragraph.']),
          ...column([long, 'other, and the sen-'], { y: 660 }),
        ],
      },
      { texts: column(['tence ends on the next page.']) },
    ]);
    expect(body(article).map((b) => [blockText(b), b.page])).toEqual([
      ['Opening paragraph.', 1],
      [`${long} other, and the sentence ends on the next page.`, 1],
    ]);
  });

  it('starts an item at each bullet, keeping the bullet, and reads TJ kerning as one word', async () => {
    const article = await open([
      {
        texts: [
          ...column(['The models:']),
          ...column(['• Scout, the small one', '• Maverick, the large one'], { y: 686 }),
          { x: 72, y: 644, size: 11, text: ['Mave', 'rick', -600, 'leads.'] },
        ],
      },
    ]);
    expect(body(article).map((b) => [b.type, blockText(b)])).toEqual([
      ['paragraph', 'The models:'],
      ['paragraph', '• Scout, the small one'],
      ['paragraph', '• Maverick, the large one'],
      ['paragraph', 'Maverick leads.'],
    ]);
  });

  it.each([
    [
      'a scan (pages with images and no text)',
      makePdf([
        { texts: [], image: true },
        { texts: [], image: true },
      ]),
      'scan.pdf: no text layer — this looks like a scanned document',
    ],
    [
      'a password-protected PDF',
      makePdf([{ texts: column(['Secret.']) }], { encrypted: true }),
      'scan.pdf: the PDF is protected by a password; save an unprotected copy and open that',
    ],
    [
      'a damaged file',
      Uint8Array.from('%PDF-1.7\nthis is not really a PDF', (c) => c.charCodeAt(0)),
      'scan.pdf: the PDF is damaged or not a PDF',
    ],
    [
      'a truncated PDF',
      makePdf([{ texts: column(['Cut short.']) }]).subarray(0, 40),
      'scan.pdf: the PDF is damaged or not a PDF',
    ],
  ])('refuses %s with a clear message', async (_label, bytes, message) => {
    const context = {
      source: { kind: 'file' as const, fileName: 'scan.pdf', retrievedAt: NOW },
      fallbackTitle: 'scan',
      displayName: 'scan.pdf',
    };
    const error = await loadPdf(bytes, context).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ContractError', code: 'bad-source' });
    expect((error as Error).message).toContain(message);
  });

  it('reports progress page by page and can be cancelled between pages', async () => {
    const pages = [1, 2, 3].map((n) => ({ texts: column([`Page ${n}.`]) }));
    const progress: Array<[number, number]> = [];
    await open(pages, {}, 'p.pdf', { onProgress: (read, count) => progress.push([read, count]) });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);

    const controller = new AbortController();
    const error = await open(pages, {}, 'p.pdf', {
      onProgress: (read) => read === 2 && controller.abort(),
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'cancelled', message: 'p.pdf: opening was cancelled' });
  });

  it('opens a 100-page PDF with headers and footers, printing how long it takes', async () => {
    const pages: PdfPage[] = Array.from({ length: 100 }, (_, p) => ({
      texts: [
        { x: 72, y: 760, size: 9, text: 'Llama 4 technical report' },
        ...[0, 1, 2].flatMap((k) =>
          column(
            Array.from(
              { length: 12 },
              (_, i) =>
                `Page ${p + 1}, paragraph ${k + 1}, line ${i + 1} of the text about the models and their`,
            ).concat('results.'),
            { y: 720 - k * 210 },
          ),
        ),
        { x: 300, y: 40, size: 9, text: `${p + 1}` },
      ],
    }));
    const bytes = makePdf(pages, { title: 'Llama 4 technical report' });
    const started = performance.now();
    const article = await open(pages, { title: 'Llama 4 technical report' });
    const elapsed = performance.now() - started;
    console.log(
      `100-page PDF (${Math.round(bytes.byteLength / 1024)} KB): opened in ${Math.round(elapsed)} ms, ${article.blocks.length} blocks`,
    );
    expect(article.blocks).toHaveLength(1 + 300);
    expect(article.blocks[300]?.page).toBe(100);
    expect(texts(article).filter((t) => t.includes('technical report'))).toEqual([
      'Llama 4 technical report',
    ]);
    expect(texts(article).some((t) => /^\d+$/.test(t))).toBe(false);
  });
});

describe('usableTitle', () => {
  it.each([
    ['Scout and Maverick', 'Scout and Maverick'],
    ['  Spaced   out  ', 'Spaced out'],
    ['Microsoft Word - Quarterly results', 'Quarterly results'],
    ['Microsoft Word - draft3.docx', undefined],
    ['untitled', undefined],
    ['report.pdf', undefined],
    ['12', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (raw, expected) => {
    expect(usableTitle(raw)).toBe(expected);
  });
});
