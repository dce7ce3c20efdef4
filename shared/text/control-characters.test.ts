import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from './control-characters';

describe('withoutControlCharacters', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    [
      'ESC and BEL of a terminal hyperlink',
      '\x1b]8;;http://x\x07link\x1b]8;;\x07',
      ']8;;http://xlink]8;;',
    ],
    ['a cleared screen', 'Title\x1b[2J\x1b[H', 'Title[2J[H'],
    ['NUL, DEL and C1 controls', 'a\0b\x7fc\x85d\x9be', 'abcde'],
    ['tab and line breaks stay', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['vertical tab and form feed stay in prose', 'a\x0bb\x0cc', 'a\x0bb\x0cc'],
    ['letters past the controls stay', 'é ñ — 🦙 \u00a0\u200d', 'é ñ — 🦙 \u00a0\u200d'],
  ])('%s', (_label, input, expected) => {
    expect(withoutControlCharacters(input)).toBe(expected);
  });

  it('drops vertical tab and form feed from verbatim text', () => {
    expect(withoutControlCharacters('a\x0bb\x0cc\td\x1b', true)).toBe('abc\td');
  });
});
