import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockSchema, canonicalText } from '../model/blocks';
import { blocksFromText } from './blocks-from-text';

const texts = (blocks: ReturnType<typeof blocksFromText>) =>
  blocks.map((b) => [b.type, b.runs[0]!.text]);

describe('blocksFromText', () => {
  it.each([
    ['one paragraph', 'a', undefined, [['paragraph', 'a']]],
    [
      'the title first',
      'T\n\nbody',
      'T',
      [
        ['title', 'T'],
        ['paragraph', 'body'],
      ],
    ],
    [
      'a title that differs',
      'X\n\nbody',
      'T',
      [
        ['paragraph', 'X'],
        ['paragraph', 'body'],
      ],
    ],
    [
      'three breaks in a row',
      'a\n\n\nb',
      undefined,
      [
        ['paragraph', 'a'],
        ['paragraph', '\nb'],
      ],
    ],
    [
      'four breaks in a row',
      'a\n\n\n\nb',
      undefined,
      [
        ['paragraph', 'a\n\n'],
        ['paragraph', 'b'],
      ],
    ],
    ['a break at the start', '\n\nb', undefined, [['paragraph', '\n\nb']]],
    ['a break at the end', 'a\n\n', undefined, [['paragraph', 'a\n\n']]],
    ['nothing', '', undefined, []],
  ])('%s', (_label, text, title, expected) => {
    expect(texts(blocksFromText(text, title))).toEqual(expected);
  });

  it('gives back the text exactly, in valid blocks, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '\n', '\r\n', ' ', '😀'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          const blocks = blocksFromText(text);
          expect(canonicalText(blocks)).toBe(text);
          for (const block of blocks) expect(BlockSchema.safeParse(block).success).toBe(true);
        },
      ),
    );
  });
});
