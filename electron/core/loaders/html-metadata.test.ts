import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../../shared/model/blocks';
import { loadHtml, type HtmlLoadContext } from './html';
import { onlyRepeatsMetadata } from './html-metadata';

const context: HtmlLoadContext = {
  source: { kind: 'file', fileName: 'page.html', retrievedAt: '2026-11-26T12:00:00.000Z' },
  fallbackTitle: 'page',
  displayName: 'page.html',
};

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report says that the model scored well on several tests, and that the company plans to release more of them later this year, with details.</p>`,
).join('\n');

const page = (head: string, beforeBody = '') => `<!doctype html><html lang="en"><head>
<title>Llama 4 Resets the Bar</title>${head}</head><body><main><article>
<h1>Llama 4 Resets the Bar</h1>${beforeBody}${paragraphs}</article></main></body></html>`;

describe('publishedAt from the page', () => {
  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2025-04-18T09:30:00Z">',
      '',
    ],
    [
      'JSON-LD datePublished',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-04-18"}]}</script>',
      '',
    ],
    ['<time datetime>', '', '<p><time datetime="2025-04-18">April 18, 2025</time></p>'],
  ])('%s', (_, head, body) => {
    expect(loadHtml(page(head, body), context).publishedAt).toMatch(/^2025-04-18/);
  });

  it('is null when the page names no date', () => {
    expect(loadHtml(page(''), context).publishedAt).toBeNull();
  });
});

describe('a byline and date line is metadata, not a paragraph', () => {
  it('drops "By Dana Whitfield · April 18, 2025" from the text', () => {
    const article = loadHtml(
      page(
        '<meta name="author" content="Dana Whitfield"><meta property="article:published_time" content="2025-04-18">',
        '<p class="byline">By Dana Whitfield · April 18, 2025</p>',
      ),
      context,
    );
    expect(article.byline).toBe('Dana Whitfield');
    expect(canonicalText(article.blocks)).not.toContain('Dana Whitfield');
    expect(canonicalText(article.blocks)).toContain('Paragraph 1 of the report');
  });

  it.each([
    ['By Dana Whitfield · April 18, 2025', 'Dana Whitfield', true],
    ['Dana Whitfield | 18 April 2025', 'Dana Whitfield', true],
    ['Updated 14:05 GMT, June 10, 2025', undefined, true],
    ['Published on 2025-04-18', undefined, true],
    [
      'Dana Whitfield reports that Meta released Llama 4 on April 5, 2025.',
      'Dana Whitfield',
      false,
    ],
    ['Meta released Llama 4.', 'Dana Whitfield', false],
  ])('%s', (line, byline, expected) => {
    expect(onlyRepeatsMetadata(line, byline)).toBe(expected);
  });
});
