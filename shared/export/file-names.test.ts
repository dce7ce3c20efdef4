import { describe, expect, it } from 'vitest';
import { articleBaseNames, bundleBaseName, slugify } from './file-names';

describe('file names', () => {
  it.each([
    ['Llama 4 lands: 73.5% on MMLU', 'llama-4-lands-73-5-on-mmlu'],
    ['Café crème', 'cafe-creme'],
    ['  --Hello--  ', 'hello'],
    ['大規模言語モデル', ''],
    ['a'.repeat(80), 'a'.repeat(60)],
    [`${'word '.repeat(12)}end`, 'word-word-word-word-word-word-word-word-word-word-word-word'],
  ])('slugify(%j)', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('falls back to the article id and keeps names unique', () => {
    expect(
      articleBaseNames([
        { id: 'art_1', title: 'Same' },
        { id: 'art_2', title: 'Same' },
        { id: 'art_3', title: '大規模' },
        { id: 'art_4', title: 'Same' },
      ]),
    ).toEqual(['same', 'same-2', 'art_3', 'same-3']);
  });

  it('names a bundle after its one article, else generically', () => {
    expect(bundleBaseName([{ id: 'art_1', title: 'One' }])).toBe('one');
    expect(bundleBaseName([])).toBe('factmark-export');
  });
});
