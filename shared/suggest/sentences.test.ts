import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['It works. It ships!  Does it? Yes.', ['It works.', 'It ships!', 'Does it?', 'Yes.']],
    [
      'Maverick scores 73.5% on MMLU. GPT-4.5 trails.',
      ['Maverick scores 73.5% on MMLU.', 'GPT-4.5 trails.'],
    ],
    [
      'The U.S. government agreed. Others did not.',
      ['The U.S. government agreed.', 'Others did not.'],
    ],
    ['Models, e.g. Llama 4, are open. Good.', ['Models, e.g. Llama 4, are open.', 'Good.']],
    [
      'Dr. Hinton and J. Smith spoke. Then Mr. Altman.',
      ['Dr. Hinton and J. Smith spoke.', 'Then Mr. Altman.'],
    ],
    ['He said “it is over.” Then he left.', ['He said “it is over.”', 'Then he left.']],
    ['A headline\n\nFirst line. Second line', ['A headline', 'First line.', 'Second line']],
    [
      'Version 3.5 shipped in 2024. In 2025, 4.0 came.',
      ['Version 3.5 shipped in 2024.', 'In 2025, 4.0 came.'],
    ],
    ['lowercase after dot. is not a break', ['lowercase after dot. is not a break']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
