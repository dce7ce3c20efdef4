// Builders the tests across the tree share for shared/'s types: a stored article holding only
// what a test gives it (no byline, date or site; English, left to right; no annotations).
import type { Article } from './model/article';

/** What a test article has for metadata: none, but English, left to right. */
export const BARE_METADATA = {
  byline: null,
  publishedAt: null,
  siteName: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
} as const;

type Given = Pick<Article, 'id' | 'title' | 'source' | 'blocks' | 'text'> & Partial<Article>;

/** A stored article created and updated at `at`; the fields given override the defaults. */
export function bareArticle(at: string, fields: Given): Article {
  return {
    ...BARE_METADATA,
    contentHash: `sha256:${'0'.repeat(64)}`,
    createdAt: at,
    updatedAt: at,
    claims: [],
    mentions: [],
    orphans: [],
    ...fields,
  };
}
