// For tests: an article as if pasted, with a title and paragraphs.
import type { ExtractedArticle } from '../../../shared/model/article';
import { makeBlock, type Block } from '../../../shared/model/blocks';

export function pastedArticle(
  title: string,
  paragraphs: readonly string[],
  retrievedAt: Date,
): ExtractedArticle {
  const blocks = [
    makeBlock('title', [{ text: title }]),
    ...paragraphs.map((text) => makeBlock('paragraph', [{ text }])),
  ];
  return {
    title,
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    source: { kind: 'paste', mediaType: 'text', retrievedAt: retrievedAt.toISOString() },
    blocks: blocks.filter((b): b is Block => b !== null),
  };
}
