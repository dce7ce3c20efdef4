// Articles as a loader reads them, for the library's tests: a title and one paragraph.
import type { ExtractedArticle } from '../../../shared/model/article';
import { makeBlock, type Block } from '../../../shared/model/blocks';

export function extractedArticle(
  title: string,
  paragraph: string,
  retrievedAt: string,
): ExtractedArticle {
  const blocks = [
    makeBlock('title', [{ text: title }]),
    makeBlock('paragraph', [{ text: paragraph }]),
  ];
  return {
    title,
    ...{ byline: null, publishedAt: null, siteName: null, lang: 'en', dir: null, excerpt: null },
    source: { kind: 'paste', mediaType: 'text', retrievedAt },
    blocks: blocks.filter((b): b is Block => b !== null),
  };
}
