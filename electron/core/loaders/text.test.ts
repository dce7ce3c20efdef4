import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../../../shared/model/article';
import { blockText, canonicalText, type Block } from '../../../shared/model/blocks';
import type { LoadContext } from './extracted';
import { loadText } from './text';

const context: LoadContext = {
  source: { kind: 'file', fileName: 'notes.txt', retrievedAt: '2026-11-26T12:00:00.000Z' },
  fallbackTitle: 'notes',
  displayName: 'notes.txt',
};

const line = (b: Block) =>
  `${b.type}${b.level ? b.level : ''}${b.type === 'listItem' ? `(${b.number ?? '•'})` : ''}: ${blockText(b)}`;

describe('loadText', () => {
  it.each([
    [
      'paragraphs at blank lines, soft wraps joined',
      'First line\nwraps here.\n\nSecond paragraph.',
      ['title: notes', 'paragraph: First line wraps here.', 'paragraph: Second paragraph.'],
    ],
    [
      'Windows line ends',
      'One.\r\n\r\nTwo\r\nthree.\r\n',
      ['title: notes', 'paragraph: One.', 'paragraph: Two three.'],
    ],
    [
      'a short first line as the title',
      'A Title\n\nBody text.',
      ['title: A Title', 'paragraph: Body text.'],
    ],
    [
      'not a first line that ends a sentence',
      'This is a sentence.\n\nBody text.',
      ['title: notes', 'paragraph: This is a sentence.', 'paragraph: Body text.'],
    ],
    [
      'not a first line that wraps into its paragraph',
      'Short start\nof a paragraph.\n\nMore.',
      ['title: notes', 'paragraph: Short start of a paragraph.', 'paragraph: More.'],
    ],
    ['not a lone line', 'Just one line', ['title: notes', 'paragraph: Just one line']],
    [
      'a line per paragraph when there is no blank line',
      'Headline\nFirst paragraph.\nA heading\nSecond paragraph.\nLast line',
      [
        'title: Headline',
        'paragraph: First paragraph.',
        'heading2: A heading',
        'paragraph: Second paragraph.',
        'paragraph: Last line',
      ],
    ],
    [
      'bullet and numbered lists, a line each, their markers as typed',
      'Intro.\n\n- one\n- two\n\n1. first\n2. second',
      [
        'title: notes',
        'paragraph: Intro.',
        'paragraph: - one',
        'paragraph: - two',
        'paragraph: 1. first',
        'paragraph: 2. second',
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(loadText(text, context).blocks.map(line)).toEqual(expected);
  });

  it('refuses text with nothing in it', () => {
    expect(() => loadText(' \n\n \t', context)).toThrow(
      'notes.txt: there is no text to read in it',
    );
  });
});

const LLAMA = new URL('../../../shared/suggest/__fixtures__/llama4-news.txt', import.meta.url);

describe.skipIf(!existsSync(LLAMA))('the Llama 4 news fixture', () => {
  const article = loadText(readFileSync(LLAMA, 'utf8'), {
    ...context,
    source: { ...context.source, fileName: 'llama4-news.txt' },
    fallbackTitle: 'llama4-news',
    displayName: 'llama4-news.txt',
  });

  it('is a valid article named after the file (its first line is a paragraph)', () => {
    expect(ExtractedArticleSchema.safeParse(article).success).toBe(true);
    expect(article.title).toBe('llama4-news');
  });

  it('reads each line as a paragraph and the short ones as headings', () => {
    expect(article.blocks.filter((b) => b.type === 'heading').map(blockText)).toEqual([
      'Scout and Maverick: Two Tiers, One Architecture',
      'The Behemoth Looms',
      'What It Means for the Industry',
      'Discussion',
    ]);
    // the title block, then one block per line of the file (16)
    expect(article.blocks).toHaveLength(17);
  });

  it('keeps the claims an analyst will mark, verbatim', () => {
    const text = canonicalText(article.blocks);
    expect(text).toContain('achieves 73.5% on MMLU');
    expect(text).toContain(
      'Llama 4 Scout, with 17 billion active parameters out of 109 billion total',
    );
  });
});
