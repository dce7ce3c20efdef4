// Searching every article of the library: up to a few matches per article, each with a snippet,
// articles whose title matches first.
import type { CodePointIndex } from '../text/code-points';
import type { LibrarySearchHit } from './corpus-document';
import { foldQuery, SearchableText } from './searchable-text';

/** An article prepared for searching (the host keeps these between searches). */
export interface SearchableArticle {
  articleId: string;
  title: string;
  text: CodePointIndex;
  searchable: SearchableText;
}

export interface LibrarySearchOptions {
  /** Hits in all (the first this many). */
  limit?: number;
  /** Hits per article. */
  perArticle?: number;
}

/** Code points of text shown either side of a match. */
const SNIPPET_CONTEXT = 40;

export function searchArticles(
  articles: Iterable<SearchableArticle>,
  query: string,
  { limit = 200, perArticle = 3 }: LibrarySearchOptions = {},
): LibrarySearchHit[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  const titled: LibrarySearchHit[] = [];
  const others: LibrarySearchHit[] = [];
  for (const article of articles) {
    if (titled.length >= limit) break;
    const titleMatches = new SearchableText(article.title).includesFolded(folded);
    const hits = article.searchable.find(query, perArticle).map((m) => ({
      articleId: article.articleId,
      title: article.title,
      start: m.start,
      end: m.end,
      snippet: snippet(article.text, m.start, m.end),
    }));
    if (hits.length === 0 && titleMatches) {
      hits.push({
        articleId: article.articleId,
        title: article.title,
        start: 0,
        end: 0,
        snippet: article.title,
      });
    }
    (titleMatches ? titled : others).push(...hits);
  }
  return [...titled, ...others].slice(0, limit);
}

/** The match and its surroundings on one line, with an ellipsis where the text goes on. */
export function snippet(text: CodePointIndex, start: number, end: number): string {
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
