import { describe, expect, it } from 'vitest';
import { BlockSchema, canonicalText, makeBlock, safeHref } from './blocks';

describe('makeBlock', () => {
  it.each([
    ['collapses white space', [{ text: '  Meta \n released\t\tLlama  ' }], 'Meta released Llama'],
    [
      'joins runs at one space',
      [{ text: 'Meta ' }, { text: ' released', marks: [{ type: 'bold' as const }] }],
      'Meta released',
    ],
    ['drops empty runs', [{ text: '' }, { text: 'x' }], 'x'],
    ['treats nbsp as space', [{ text: 'a\u00a0\u00a0b' }], 'a b'],
  ])('%s', (_label, runs, expected) => {
    const block = makeBlock('paragraph', runs);
    expect(block && block.runs.map((r) => r.text).join('')).toBe(expected);
  });

  it('keeps code verbatim but normalises line ends', () => {
    const block = makeBlock('code', [{ text: '\nif (x) {\r\n  y();\r\n}\n' }]);
    expect(block?.runs[0]?.text).toBe('if (x) {\n  y();\n}');
  });

  it('returns null for a block of white space', () => {
    expect(makeBlock('paragraph', [{ text: ' \n\t ' }])).toBeNull();
  });

  it('merges adjacent runs with the same marks', () => {
    const block = makeBlock('paragraph', [
      { text: 'a', marks: [{ type: 'italic' }] },
      { text: 'b', marks: [{ type: 'italic' }] },
      { text: 'c' },
    ]);
    expect(block?.runs).toEqual([{ text: 'ab', marks: [{ type: 'italic' }] }, { text: 'c' }]);
  });
});

describe('canonicalText', () => {
  it('joins blocks by a blank line', () => {
    const blocks = [makeBlock('title', [{ text: 'T' }])!, makeBlock('paragraph', [{ text: 'P' }])!];
    expect(canonicalText(blocks)).toBe('T\n\nP');
  });
});

describe('link safety', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['/relative', undefined],
  ])('safeHref(%j)', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it('the schema refuses a javascript: link', () => {
    const bad = {
      type: 'paragraph',
      runs: [{ text: 'x', marks: [{ type: 'link', href: 'javascript:x' }] }],
    };
    expect(BlockSchema.safeParse(bad).success).toBe(false);
  });
});
