import { describe, expect, it } from 'vitest';
import { makeBlock, type Block, type BlockType } from '../model/blocks';
import { chunkStarts, CHUNK_CHARS } from './reading-chunks';

/** Blocks from a compact description: `p` paragraph, `h` heading, `l` list item, `c` table
 * cell, `i` image placeholder; each with `size` characters. */
function article(kinds: string, size: number): Block[] {
  const types: Record<string, BlockType> = {
    p: 'paragraph',
    h: 'heading',
    l: 'listItem',
    c: 'tableCell',
  };
  return [...kinds].map((k, i) => {
    const text = String(i % 10).repeat(size);
    if (k === 'i') return makeBlock('paragraph', [{ text }], { placeholder: 'image' })!;
    return makeBlock(types[k]!, [{ text }])!;
  });
}

describe('chunkStarts', () => {
  it.each([
    ['an article that fits in one chunk stays flat', 'pppp', 10, 100, []],
    ['chunks end once they reach the size', 'pppppp', 10, 20, [0, 2, 4]],
    ['no chunk starts at a heading (its margin would not collapse)', 'pphpp', 10, 20, [0, 4]],
    ['nor after one', 'phpppp', 10, 20, [0, 3, 5]],
    ['nor inside or around a table', 'ppccccpp', 10, 20, [0, 7]],
    ['nor next to list items or images', 'ppllpipp', 10, 20, [0, 7]],
    ['a long run with no place to break is one chunk', 'pllllllll', 10, 20, []],
  ])('%s', (_label, kinds, size, chunk, expected) => {
    expect(chunkStarts(article(kinds, size), chunk)).toEqual(expected);
  });

  it('cuts a 100,000-word article into a few dozen chunks of about the set size', () => {
    const blocks = article('p'.repeat(1200), 600);
    const starts = chunkStarts(blocks);
    expect(starts[0]).toBe(0);
    expect(starts.length).toBe(Math.ceil((1200 * 600) / CHUNK_CHARS));
  });
});
