import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../../../shared/model/article';
import { blockText, canonicalText } from '../../../shared/model/blocks';
import {
  estimateNesting,
  loadHtml,
  MAX_ELEMENTS_FOR_READABILITY,
  NOT_AN_ARTICLE_NOTICE,
  TOO_LARGE_NOTICE,
  type HtmlLoadContext,
} from './html';

const PAGE_URL = 'https://ledger.example/2025/04/llama-4';
const NOW = '2026-11-26T12:00:00.000Z';
const newsPage = readFileSync(new URL('./__fixtures__/news-page.html', import.meta.url), 'utf8');

function context(overrides: Partial<HtmlLoadContext> = {}): HtmlLoadContext {
  return {
    source: { kind: 'url', url: PAGE_URL, retrievedAt: '2026-11-26T12:00:00.000Z' },
    fallbackTitle: 'ledger.example',
    displayName: PAGE_URL,
    url: PAGE_URL,
    ...overrides,
  };
}

describe('loadHtml on a news page', () => {
  const article = loadHtml(newsPage, context());
  const text = canonicalText(article.blocks);

  it('produces a valid extracted article', () => {
    expect(ExtractedArticleSchema.safeParse(article).success).toBe(true);
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: "Meta's Llama 4 Maverick tops open models on MMLU",
      byline: 'Dana Whitfield',
      publishedAt: '2025-04-12T09:30:00Z',
      siteName: 'The AI Ledger',
      lang: 'en',
      excerpt: 'Maverick beats GPT-4o on several coding and reasoning benchmarks.',
      source: { kind: 'url', url: PAGE_URL, mediaType: 'html' },
    });
    expect(article.notice).toBeUndefined();
  });

  it('starts with the title block, once', () => {
    expect(article.blocks[0]).toEqual({
      type: 'title',
      runs: [{ text: "Meta's Llama 4 Maverick tops open models on MMLU" }],
    });
    expect(text.split("Meta's Llama 4 Maverick tops open models on MMLU")).toHaveLength(2);
  });

  it('keeps the body', () => {
    for (const sentence of [
      'Maverick scales the same design to about 400 billion parameters.',
      'In third-party evaluations it achieves 73.5% on MMLU',
      'What the numbers mean',
      'We believe openness drives innovation',
      'Scout: 17B active, 109B total parameters',
      'A third model, Llama 4 Behemoth,',
    ]) {
      expect(text).toContain(sentence);
    }
    expect(article.blocks.map((b) => b.type)).toEqual(
      expect.arrayContaining(['heading', 'quote', 'listItem', 'tableCell']),
    );
  });

  it.each([
    'COOKIE-BANNER-TEXT',
    'Accept all cookies',
    'NAV-LINK-TEXT',
    'Search the Ledger',
    'SHARE-BUTTON-TEXT',
    'RELATED-LINK-TEXT',
    'COMMENT-SECTION-TEXT',
    'SIDEBAR-TEXT',
    'FOOTER-TEXT',
    'TRACKING-SCRIPT-TEXT',
    'INLINE-BODY-SCRIPT-TEXT',
    'TRAILING-SCRIPT-TEXT',
    'IMG-ONERROR',
    'JS-LINK',
    'By Dana Whitfield',
  ])('leaves out the chrome: %s', (marker) => {
    expect(text).not.toContain(marker);
    expect(JSON.stringify(article.blocks)).not.toContain(marker);
  });

  it('keeps a safe link and drops the javascript: one, keeping its text', () => {
    const runs = article.blocks.flatMap((b) => b.runs);
    expect(runs).toContainEqual({
      text: "Meta's announcement",
      marks: [{ type: 'link', href: 'https://ai.meta.com/blog/llama-4/' }],
    });
    const anonymity = runs.find((r) => r.text.includes('anonymity'));
    expect(anonymity?.marks ?? []).toEqual([]);
    expect(JSON.stringify(article.blocks)).not.toMatch(/javascript:/i);
  });
});

describe('loadHtml on other pages', () => {
  it('reads a page Readability does not take for an article whole, minus its chrome', () => {
    const article = loadHtml(
      '<html lang="de"><head><title>Kontakt</title></head><body><nav>Start NAV</nav><h2>Kontakt</h2><p>Tel. 123</p><footer>FOOT</footer></body></html>',
      context(),
    );
    expect(article.notice).toBe(NOT_AN_ARTICLE_NOTICE);
    expect(article.title).toBe('Kontakt');
    expect(article.lang).toBe('de');
    // The page's heading that repeats the title is the title block, not a second one.
    expect(canonicalText(article.blocks)).toBe('Kontakt\n\nTel. 123');
  });

  it('reads a page too large for Readability whole, minus its chrome', () => {
    const paragraphs = '<p>Claim <b>here</b>.</p>'.repeat(MAX_ELEMENTS_FOR_READABILITY / 2 + 1);
    const article = loadHtml(
      `<html><head><title>Huge</title></head><body><nav>NAV</nav><article>${paragraphs}</article></body></html>`,
      context(),
    );
    expect(article.notice).toBe(TOO_LARGE_NOTICE);
    expect(article.blocks).toHaveLength(MAX_ELEMENTS_FOR_READABILITY / 2 + 2);
    expect(canonicalText(article.blocks)).not.toContain('NAV');
  });

  it('falls back to the given title when the page has none', () => {
    const article = loadHtml('<p>Only a line of text.</p>', context({ fallbackTitle: 'notes' }));
    expect(article.title).toBe('notes');
  });

  it('lets a title the user gave win', () => {
    const article = loadHtml(newsPage, context({ title: '  My  title ' }));
    expect(article.title).toBe('My title');
    expect(article.blocks[0]?.runs[0]?.text).toBe('My title');
  });

  it('refuses a page with no text, naming it', () => {
    expect(() => loadHtml('<html><body><img src="x.png"></body></html>', context())).toThrow(
      `${PAGE_URL}: there is no text to read in it`,
    );
  });

  it('reads right-to-left pages', () => {
    const paragraphs = Array.from({ length: 8 }, () => `<p>${'مرحبا بالعالم '.repeat(30)}</p>`);
    const article = loadHtml(
      `<html dir="rtl" lang="ar"><head><title>عنوان</title></head><body><article>${paragraphs.join('')}</article></body></html>`,
      context(),
    );
    expect(article.dir).toBe('rtl');
    expect(article.lang).toBe('ar');
  });

  it.each([
    ['a Hebrew page that only declares its language', '<html lang="he">', 'rtl'],
    ['a page whose body is right to left', '<html><body dir="rtl">', 'rtl'],
    ['an English page', '<html lang="en">', null],
  ])('gives the direction of %s, article or not', (_label, start, dir) => {
    const page = `${start}<title>t</title><p>${'שלום עולם '.repeat(5)}</p>`;
    expect(loadHtml(page, context()).dir).toBe(dir);
  });

  it('keeps a saved page’s canonical address and resolves its links against it', () => {
    const article = loadHtml(
      '<html><head><link rel="canonical" href="https://news.example/2025/llama"></head><body><p>See <a href="/more">more</a>.</p></body></html>',
      {
        ...context(),
        url: undefined,
        source: { kind: 'file', fileName: 'llama.html', retrievedAt: NOW },
      },
    );
    expect(article.source.url).toBe('https://news.example/2025/llama');
    const link = article.blocks.flatMap((b) => b.runs).find((r) => r.text === 'more');
    expect(link?.marks).toEqual([{ type: 'link', href: 'https://news.example/more' }]);
  });

  it.each([
    [
      'a rel of several tokens, in capitals',
      '<link rel="alternate CANONICAL" href="https://a.example/1">',
      'https://a.example/1',
    ],
    [
      'the first canonical link',
      '<link rel="canonical" href="https://a.example/1"><link rel="canonical" href="https://a.example/2">',
      'https://a.example/1',
    ],
    ['no canonical token', '<link rel="canonicals" href="https://a.example/1">', undefined],
    [
      'a canonical link that is not http(s)',
      '<link rel="canonical" href="ftp://a.example/1">',
      undefined,
    ],
  ])('reads the canonical address of a saved page from %s', (_label, head, url) => {
    const article = loadHtml(`<html><head>${head}</head><body><p>Text.</p></body></html>`, {
      ...context(),
      url: undefined,
      source: { kind: 'file', fileName: 'saved.html', retrievedAt: NOW },
    });
    expect(article.source.url).toBe(url);
  });

  it('takes the og:title over the title, and the first author', () => {
    const article = loadHtml(
      '<html><head><title>Site | Page</title><meta property="og:title" content=" Page  title "><meta name="author" content="A. Writer"><meta name="author" content="Someone else"></head><body><p>Text.</p></body></html>',
      context(),
    );
    expect(article.title).toBe('Page title');
    expect(article.byline).toBe('A. Writer');
  });

  it('keeps the address a saved page came from over its canonical one', () => {
    const article = loadHtml(
      '<link rel="canonical" href="https://elsewhere.example/x"><p>Text.</p>',
      { ...context(), source: { kind: 'file', url: PAGE_URL, retrievedAt: NOW } },
    );
    expect(article.source.url).toBe(PAGE_URL);
  });

  it('refuses markup nested far deeper than any page', () => {
    const page = `${'<div>'.repeat(10_000)}<p>Deep.</p>${'</div>'.repeat(10_000)}`;
    expect(() => loadHtml(page, context())).toThrow(
      `${PAGE_URL}: its markup nests 10,000 levels deep, more than a page can (2,500); it looks damaged`,
    );
  });

  it.each([
    ['closed tags', '<div><section><p>x</p></section></div>', 2],
    ['tags left open that close themselves', '<ul><li>a<li>b</ul><p>c<p>d', 1],
    ['void and self-closing tags', '<div><br><img src=x><span/></div>', 1],
  ])('estimates the nesting of %s', (_label, html, depth) => {
    expect(estimateNesting(html)).toBe(depth);
  });

  it('reads deeply nested markup without overflowing the stack', () => {
    // jsdom's parser is quadratic in the nesting (5,000 deep takes seconds), so 1,500 it is.
    const depth = 1500;
    const prose =
      'Deep text of an article that goes on for a while, sentence after sentence. '.repeat(8);
    const page = `<title>Deep</title>${'<div>'.repeat(depth)}<p>${prose}</p><p>${prose}</p>${'</div>'.repeat(depth)}`;
    const article = loadHtml(page, context());
    expect(article.blocks.map(blockText)).toEqual(['Deep', `${prose.trim()} ${prose.trim()}`]);
    expect(article.notice).toBe(TOO_LARGE_NOTICE);
  });
});
