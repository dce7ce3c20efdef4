import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../../shared/text/code-points';
import { describeCaret } from './announce';

const LONG = `${'Maverick scores 73.5% on MMLU. '.repeat(5)}The end.`;
const text = new CodePointIndex(`Meta released Llama 4.\n\nIt runs 🦙 fast.\n\n${LONG}`);
const at = (s: string) => [...text.text.slice(0, text.text.indexOf(s))].length;
const after = (s: string) => at(s) + [...s].length;

describe('what the live region says', () => {
  it.each([
    [
      'a word moved over, and where the caret is',
      [after('Meta'), after('Meta'), at('Meta')],
      `“Meta”. Caret at character 5 of ${text.length}`,
    ],
    [
      'a move over a block boundary, the line breaks left out',
      [at('It'), at('It'), after('Llama 4.')],
      `Caret at character ${at('It') + 1} of ${text.length}.`,
    ],
    [
      'a selection: its length, its first character, its text (code points)',
      [at('runs'), after('🦙'), at('runs')],
      `6 characters selected from character ${at('runs') + 1}: “runs 🦙”`,
    ],
    [
      'a selection backwards the same way',
      [after('🦙'), at('runs'), after('🦙')],
      `6 characters selected from character ${at('runs') + 1}: “runs 🦙”`,
    ],
    [
      'a long move forward: the text just before the caret',
      [text.length, text.length, 0],
      `“…${LONG.slice(-80).trim()}”. Caret at the end of the article`,
    ],
    [
      'a long move back: the text just after the caret',
      [0, 0, text.length],
      `“Meta released Llama 4. It runs 🦙 fast. Maverick scores 73.5% on MMLU. Maverick…”. Caret at character 1 of ${text.length}`,
    ],
  ] as const)('%s', (_what, [anchor, head, previous], said) => {
    expect(describeCaret(text, anchor, head, previous)).toBe(said);
  });

  it('cuts a long selection after 80 characters', () => {
    const said = describeCaret(text, at('Maverick'), text.length, at('Maverick'));
    expect(said).toMatch(/^163 characters selected from character \d+: “Maverick scores .*…”$/);
  });
});
