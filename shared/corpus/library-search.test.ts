import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/code-points';
import { searchArticles, snippet, type SearchableArticle } from './library-search';
import { SearchableText } from './searchable-text';

function article(articleId: string, title: string, body: string): SearchableArticle {
  const text = `${title}\n\n${body}`;
  return { articleId, title, text: new CodePointIndex(text), searchable: new SearchableText(text) };
}

const LIBRARY = [
  article('art_1', 'Llama 4 review', 'Maverick achieves 73.5% on MMLU. Maverick is big.'),
  article('art_2', 'Café notes 🦙', 'Nothing about models. Straße und Café.'),
  article('art_3', 'Maverick explained', 'The model called MAVERICK by Meta.'),
];

describe('searchArticles', () => {
  it('finds matches in texts, title matches first, offsets in code points', () => {
    const hits = searchArticles(LIBRARY, 'maverick');
    expect(hits.map((h) => h.articleId)).toEqual(['art_3', 'art_3', 'art_1', 'art_1']);
    for (const hit of hits) {
      const text = LIBRARY.find((a) => a.articleId === hit.articleId)!.text;
      expect(text.slice(hit.start, hit.end).toLowerCase()).toBe('maverick');
    }
  });

  it.each([
    ['accents', 'cafe', ['art_2', 'art_2']],
    ['case and eszett', 'STRASSE', ['art_2']],
    ['emoji', '🦙', ['art_2']],
    ['nothing', 'gemini', []],
    ['blank', '  ', []],
  ])('%s', (_name, query, expected) => {
    expect(searchArticles(LIBRARY, query).map((h) => h.articleId)).toEqual(expected);
  });

  it('keeps to the limits', () => {
    expect(searchArticles(LIBRARY, 'a', { perArticle: 1 })).toHaveLength(3);
    expect(searchArticles(LIBRARY, 'a', { limit: 2 })).toHaveLength(2);
  });

  it('makes a one-line snippet with ellipses where the text goes on', () => {
    const text = new CodePointIndex(`${'x'.repeat(50)}\n\nneedle here\n${'y'.repeat(50)}`);
    const s = snippet(text, 52, 58);
    expect(s).toBe(`…${'x'.repeat(38)} needle here ${'y'.repeat(34)}…`);
  });
});
