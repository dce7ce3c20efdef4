import { describe, expect, it } from 'vitest';
import { pageLines, type PlacedText } from './pdf-layout';

/** A piece of text with a width of half an em a character, as Helvetica roughly has. */
function piece(text: string, x: number, y: number, extra: Partial<PlacedText> = {}): PlacedText {
  const size = extra.size ?? 10;
  return { text, x, y, width: text.length * size * 0.5, size, ...extra };
}

const texts = (pieces: PlacedText[]) => pageLines(pieces, 1).map((l) => l.text);

describe('pageLines', () => {
  it('joins pieces on one baseline, with a space only where there is a gap', () => {
    expect(
      texts([piece('Mave', 72, 700), piece('rick', 92, 700), piece('leads', 120, 700)]),
    ).toEqual(['Maverick leads']);
  });

  it('keeps a superscript on its line', () => {
    expect(texts([piece('Scout', 72, 700), piece('1', 97, 703, { size: 6 })])).toEqual(['Scout1']);
  });

  it('reads lines top to bottom whatever order the PDF draws them in', () => {
    expect(texts([piece('second', 72, 686), piece('first', 72, 700)])).toEqual(['first', 'second']);
  });

  it('reads a page in two columns column by column, spanning lines where they stand', () => {
    const rows = [0, 1, 2, 3].flatMap((i) => [
      piece(`left ${i}`, 72, 680 - i * 12),
      piece(`right ${i}`, 320, 680 - i * 12),
    ]);
    const footer = piece('A note that runs across the whole width of the page', 72, 600);
    expect(texts([piece('Headline across both columns of it', 72, 720, { size: 20 }), ...rows, footer])).toEqual([
      'Headline across both columns of it',
      'left 0', 'left 1', 'left 2', 'left 3',
      'right 0', 'right 1', 'right 2', 'right 3',
      'A note that runs across the whole width of the page',
    ]); // prettier-ignore
  });

  it('does not split one column with ragged line ends', () => {
    const lines = [
      'A long line of text',
      'short',
      'Another long line here',
      'end.',
      'More text follows',
    ];
    expect(texts(lines.map((t, i) => piece(t, 72, 700 - i * 12)))).toEqual(lines);
  });

  it('reads right-to-left pieces from the right', () => {
    const line = pageLines(
      [piece('שלום', 300, 700, { rtl: true }), piece('עולם', 277, 700, { rtl: true })],
      1,
    );
    expect(line.map((l) => l.text)).toEqual(['שלום עולם']);
  });
});
