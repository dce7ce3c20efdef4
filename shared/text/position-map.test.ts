import { describe, expect, it } from 'vitest';
import { canonicalText, makeBlock, type Block } from '../model/blocks';
import { PositionMap } from './position-map';
import { CodePointIndex } from './code-points';

const blocks: Block[] = [
  makeBlock('title', [{ text: 'Llama 4 🦙 arrives' }])!,
  makeBlock('paragraph', [
    { text: 'Meta ' },
    { text: 'said', marks: [{ type: 'bold' }] },
    { text: ' 73.5% 😀.' },
  ])!,
  makeBlock('listItem', [{ text: '大規模 e\u0301' }], { ordered: false, depth: 0 })!,
];
const text = canonicalText(blocks);

/** The flat document as ProseMirror sees it: text of each block between open/close tokens. */
function pmTextAt(pos: number): string {
  let p = 1;
  for (const b of blocks) {
    const t = b.runs.map((r) => r.text).join('');
    if (pos >= p && pos < p + t.length) return t[pos - p]!;
    p += t.length + 2;
  }
  return '';
}

describe('PositionMap', () => {
  const map = new PositionMap(blocks);
  const index = new CodePointIndex(text);

  it('knows the canonical length', () => {
    expect(map.textLength).toBe([...text].length);
  });

  it('maps every code point of every block to the same character in the document', () => {
    for (let cp = 0; cp < index.length; cp++) {
      const ch = index.slice(cp, cp + 1);
      if (ch === '\n') continue;
      expect(pmTextAt(map.toPos(cp))).toBe(ch[0]);
      expect(map.toOffset(map.toPos(cp))).toBe(cp);
    }
  });

  it.each([
    ['title start', 0, 1],
    ['end of the title', 17, 19],
  ])('%s', (_label, cp, pos) => {
    expect(map.toPos(cp, 'end')).toBe(pos);
  });

  it('maps a span that ends in a separator to the end of its block', () => {
    const titleLength = [...'Llama 4 🦙 arrives'].length;
    const range = map.toRange(0, titleLength + 1);
    expect(range).toEqual({ from: 1, to: 1 + 'Llama 4 🦙 arrives'.length });
  });

  it('maps a start in a separator to the next block', () => {
    const titleLength = [...'Llama 4 🦙 arrives'].length;
    expect(map.toPos(titleLength + 1, 'start')).toBe(1 + 'Llama 4 🦙 arrives'.length + 2);
  });

  it('clamps positions outside the content', () => {
    expect(map.toOffset(0)).toBe(0);
    expect(map.toOffset(10_000)).toBe(map.textLength);
  });

  it('handles an empty document', () => {
    const empty = new PositionMap([]);
    expect(empty.toPos(5)).toBe(0);
    expect(empty.toOffset(5)).toBe(0);
  });
});

describe('PositionMap over a chunked document', () => {
  // chunks [title, paragraph] and [list item]: each chunk adds an open and a close token
  const chunks = [0, 2];
  const map = new PositionMap(blocks, chunks);
  const index = new CodePointIndex(text);

  /** The chunked document as ProseMirror sees it. */
  function chunkedTextAt(pos: number): string {
    let p = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (chunks.includes(i)) p += i === 0 ? 1 : 2;
      const t = blocks[i]!.runs.map((r) => r.text).join('');
      if (pos >= p + 1 && pos < p + 1 + t.length) return t[pos - p - 1]!;
      p += t.length + 2;
    }
    return '';
  }

  it('maps every code point to the same character, and back', () => {
    for (let cp = 0; cp < index.length; cp++) {
      const ch = index.slice(cp, cp + 1);
      if (ch === '\n') continue;
      expect(chunkedTextAt(map.toPos(cp))).toBe(ch[0]);
      expect(map.toOffset(map.toPos(cp))).toBe(cp);
    }
  });

  // title: cp 0–17, positions 2–20; paragraph: cp 19–37, positions 22–41; the first chunk
  // closes at 42–43, the second opens at 44; the list item: cp 39–, positions 45–
  it.each([
    ['the title starts inside the first chunk', () => map.toPos(0), 2],
    ['the title ends', () => map.toPos(17, 'end'), 20],
    [
      'a span ending in the separator before the next chunk ends its block',
      () => map.toPos(38, 'end'),
      41,
    ],
    ['a span starting there starts in the next chunk', () => map.toPos(38, 'start'), 45],
    ['the last block of a chunk ends', () => map.toPos(37, 'end'), 41],
    ['the first block of the next chunk starts', () => map.toPos(39), 45],
    ['the end of a chunk maps to the end of its last block', () => map.toOffset(43), 37],
    ['so does the start of the next chunk', () => map.toOffset(44), 37],
    ['the first character of a chunk', () => map.toOffset(45), 39],
    ['a position before everything', () => map.toOffset(0), 0],
  ])('%s', (_label, actual, expected) => {
    expect(actual()).toBe(expected);
  });

  it('places a span that crosses chunks from one block to the other', () => {
    expect(map.toRange(19, 42)).toEqual({ from: 22, to: 48 });
  });
});
