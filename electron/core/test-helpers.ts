// Builders the core's tests (and the crash test's writer) share: an article as a loader gives
// it, and a claim on a phrase of a stored article.
import { createClaim } from '../../shared/model/annotate';
import type { Article, ExtractedArticle } from '../../shared/model/article';
import type { Claim } from '../../shared/model/annotations';
import { makeBlock, type Block } from '../../shared/model/blocks';
import { CodePointIndex } from '../../shared/text/code-points';

/** A pasted article as a loader gives it: its title, then one paragraph of `body`. */
export function pastedArticle(
  title: string,
  /** One paragraph, or several. */
  body: string | readonly string[],
  retrievedAt: Date,
  metadata: Partial<Pick<ExtractedArticle, 'siteName' | 'lang'>> = {},
): ExtractedArticle {
  const paragraphs = typeof body === 'string' ? [body] : body;
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
    ...metadata,
    source: { kind: 'paste', mediaType: 'text', retrievedAt: retrievedAt.toISOString() },
    blocks: blocks.filter((b): b is Block => b !== null),
  };
}

/** A claim on the first `phrase` in the article's text, made at `at`. */
export function claimOnPhrase(
  article: Pick<Article, 'text'>,
  phrase: string,
  at: Date,
  annotator?: string,
): Claim {
  const text = new CodePointIndex(article.text);
  const start = text.toCodePoint(article.text.indexOf(phrase));
  const claim = createClaim(text, start, start + [...phrase].length, at.toISOString());
  return annotator ? { ...claim, annotator } : claim;
}
