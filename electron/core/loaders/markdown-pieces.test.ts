// A long Markdown source is read in pieces; what it reads must be what the whole would read.
import { describe, expect, it } from 'vitest';
import type { LoadContext } from './extracted';
import { loadMarkdown } from './markdown';
import { markdownPieces } from './markdown-pieces';

const context: LoadContext = {
  source: { kind: 'file', fileName: 'notes.md', retrievedAt: '2026-11-26T12:00:00.000Z' },
  fallbackTitle: 'notes',
  displayName: 'notes.md',
};

/** Lines of every construct a bullet line may follow, in a seeded order, to `total` characters. */
function longNotes(total: number): string {
  const lines = [
    '- a plain item', '* another *with emphasis*', '+ a third, **strong**', '  - nested under it',
    '   - three spaces in', '1. one', '2. two continues a paragraph', '15) Mother!', 'a paragraph',
    'its lazy line', '> a quote', '> - a list in it', '- - -', '', '## A heading', 'Setext',
    '===', '- [x] done', '-', '-     code in an item', '\tafter a tab', 'caf&eacute; &amp; more',
    '    indented code', 'a hard break  ', 'Title case', '- ends the item\\',
  ]; // prettier-ignore
  let seed = 7;
  const out: string[] = ['# The title'];
  for (let size = 0; size < total;) {
    seed = (seed * 48271) % 2147483647;
    const line = lines[seed % lines.length]!;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

describe('markdownPieces', () => {
  it('reads a short source whole', () => {
    expect([...markdownPieces('- a\n'.repeat(1000))]).toHaveLength(1);
  });

  it.each(['```', '~~~', '<div>', '| a |', '[a]: /url'])(
    'reads a long source with %s whole',
    (construct) => {
      expect([...markdownPieces(`${'- a\n'.repeat(60_000)}${construct}\n`)]).toHaveLength(1);
    },
  );

  it('cuts a long one before bullet lines only, losing nothing', () => {
    const source = longNotes(400_000);
    const pieces = [...markdownPieces(source)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(source);
    for (const piece of pieces.slice(1)) expect(piece).toMatch(/^ {0,3}[-+*] +\S/);
  });

  it.each([
    ['a mix of every construct', longNotes(400_000)],
    [
      'numbered lines continuing paragraphs',
      '- a bullet\n\na paragraph\n2. continues it\n\nmore\n'.repeat(7000),
    ],
    ['nested and lazy lines', '- item\n  more\nlazy\n   - nested\n  - sibling\n'.repeat(9000)],
    ['quotes', '> quote\n> - in it\nlazy\n- out\n'.repeat(9000)],
    ['breaks and empty items', '- - -\n-\n* a\n+ b\n\n'.repeat(12000)],
  ])('reads in pieces what the whole source reads: %s', (_label, source) => {
    // A table row anywhere makes the source read whole: the same source, then one more block.
    const whole = loadMarkdown(`${source}\n\n|`, context);
    const inPieces = loadMarkdown(source, context);
    expect(whole.blocks.at(-1)?.runs).toEqual([{ text: '|' }]);
    expect(inPieces.blocks).toEqual(whole.blocks.slice(0, -1));
  });
});
