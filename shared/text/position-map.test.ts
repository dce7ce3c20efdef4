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
