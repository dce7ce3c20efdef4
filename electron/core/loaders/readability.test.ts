import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPages, corpusPresent } from './__fixtures__/readability-corpus';
import { parseHtmlDocument } from './html-document';
import {
  elementsWithTags,
  inlineStyle,
  isReaderable,
  isNodeVisible,
  isProbablyVisible,
  readArticle,
} from './readability';

const newsPage = readFileSync(new URL('./__fixtures__/news-page.html', import.meta.url), 'utf8');
/** A few of Readability's own test pages, when the corpus is there: long, nested, with tables. */
const CORPUS_PAGES = corpusPresent('readability.test')
  ? ['wikipedia', 'nytimes-1', 'guardian-1'].filter((page) => corpusPages().includes(page))
  : [];

const MIXED = `<!doctype html><body><div><P>one</P><svg><a>in svg</a><foreignObject><p>x</p></foreignObject></svg>
  <section><h2>t</h2><p>two <SPAN>s</SPAN></p><ul><li>i</li></ul></section><template><p>no</p></template></div>`;

/** An element as the tests name it: its tag and its text. */
const named = (element: Element) => `${element.localName}:${element.textContent}`;

describe('elementsWithTags', () => {
  // What Readability's querySelectorAll found on jsdom: tags in any case, foreign elements
  // included, nothing inside a template.
  const lookups: Array<[string[], string[]]> = [
    [['p'], ['p:one', 'p:x', 'p:two s']],
    [['h1', 'h2'], ['h2:t']],
    [
      ['SPAN', 'LI', 'P', 'DIV'],
      ['div:one in svg x t two s i', 'p:one', 'p:x', 'p:two s', 'span:s', 'li:i'],
    ],
    [
      ['a', 'foreignObject'],
      ['a:in svg', 'foreignobject:x'],
    ],
    [['table'], []],
  ];

  it.each(lookups)('finds %j in document order', (tags, expected) => {
    const document = parseHtmlDocument(MIXED);
    const text = (e: Element) => named(e).replace(/\s+/g, '');
    expect(elementsWithTags(document, tags).map(text)).toEqual(
      expected.map((n) => n.replace(/\s+/g, '')),
    );
  });

  it('finds what the selector engine finds on an ordinary page, from any root', () => {
    const document = parseHtmlDocument(newsPage);
    for (const root of [document, document.body, document.querySelector('article')]) {
      if (!root) continue;
      const tags = ['p', 'div', 'h2', 'li', 'a'];
      expect(elementsWithTags(root, tags)).toEqual(
        Array.from(root.querySelectorAll(tags.join(','))),
      );
    }
  });
});

describe('inlineStyle', () => {
  // What jsdom's element.style gave when it parsed pages (checked against jsdom 29).
  const cases: Array<[string | null, string, string | undefined]> = [
    [null, 'display', undefined],
    ['color: red', 'display', undefined],
    ['display:none', 'display', 'none'],
    ['display : NONE ;', 'display', 'none'],
    ['display: none !important', 'display', 'none'],
    ['display:none; display:block', 'display', 'block'],
    ['display:none !important; display:block', 'display', 'none'],
    ['DISPLAY: none', 'display', undefined],
    ['visibility:Hidden', 'visibility', 'hidden'],
    ['display:none;;', 'display', 'none'],
  ];

  it.each(cases)('reads %j for %s as %j', (style, property, value) => {
    expect(inlineStyle(style, property)).toBe(value);
  });
});

describe('visibility tests', () => {
  const cases: Array<[string, boolean, boolean]> = [
    ['<p>shown</p>', true, true],
    ['<p style="display:none">x</p>', false, false],
    ['<p style="visibility: hidden">x</p>', true, false],
    ['<p hidden>x</p>', false, false],
    ['<p aria-hidden="true">x</p>', false, false],
    ['<p aria-hidden="true" class="mwe-math-fallback-image-inline">x</p>', true, true],
  ];

  it.each(cases)('%s: readerable check %s, Readability %s', (html, node, probably) => {
    const element = parseHtmlDocument(html).querySelector('p')!;
    expect(isNodeVisible(element)).toBe(node);
    expect(isProbablyVisible(element)).toBe(probably);
  });
});

describe('readArticle', () => {
  const pages: Array<[string, string]> = [
    ['news-page fixture', newsPage],
    ...CORPUS_PAGES.map((page): [string, string] => [
      page,
      readFileSync(`${CORPUS_DIR}${page}/source.html`, 'utf8'),
    ]),
  ];

  it.each(pages)('gives what Readability gives on its own: %s', (_, html) => {
    const ours = readArticle(parseHtmlDocument(html));
    const stock = new Readability(parseHtmlDocument(html)).parse();
    expect(ours).not.toBeNull();
    const { content, ...meta } = ours!;
    const { content: stockContent, ...stockMeta } = stock!;
    expect(meta).toEqual(stockMeta);
    expect((content as Element).innerHTML).toBe(stockContent);
  });

  // Short pages make Readability start over (up to three times) with the page put back: with
  // `parseAgain` it parses the page again rather than re-reading a copy of its markup.
  const retried: Array<[string, string]> = [
    ['a short page', '<title>T</title><p>Only a <b>short</b> paragraph.</p><p>And another.</p>'],
    [
      'a short page whose likely parts are all unlikely',
      `<div class="comment sidebar"><p>${'Words in a sidebar. '.repeat(10)}</p></div><p>tail</p>`,
    ],
    ['a page with nothing to read', '<div><br></div>'],
  ];

  it.each([...pages, ...retried])('gives the same when it may parse again: %s', (_, html) => {
    let parses = 0;
    const ours = readArticle(parseHtmlDocument(html), () => {
      parses++;
      return parseHtmlDocument(html);
    });
    const stock = new Readability(parseHtmlDocument(html)).parse();
    if (!stock) return expect(ours).toBeNull();
    const { content, ...meta } = ours!;
    const { content: stockContent, ...stockMeta } = stock;
    expect(meta).toEqual(stockMeta);
    expect((content as Element).innerHTML).toBe(stockContent);
    if (retried.some(([, page]) => page === html) && (stock.length ?? 0) < 500) {
      expect(parses).toBeGreaterThan(0);
    }
  });

  it('leaves the page its own innerHTML after reading', () => {
    const document = parseHtmlDocument(newsPage);
    readArticle(document, () => parseHtmlDocument(newsPage));
    expect(Object.getOwnPropertyDescriptor(document.body, 'innerHTML')).toBeUndefined();
    expect(document.body.innerHTML).not.toContain('factmark');
  });

  it.each(pages)('judges the page readerable as Readability does: %s', (_, html) => {
    expect(isReaderable(parseHtmlDocument(html))).toBe(
      isProbablyReaderable(parseHtmlDocument(html)),
    );
  });

  it.each([
    ['a page of short lines', '<p>one</p><p>two</p>', false],
    [
      'text broken by <br> in a div',
      `<div>${'A long sentence of the article. '.repeat(20)}<br><br>more</div>`,
      true,
    ],
    [
      'paragraphs in list items only',
      `<ul><li><p>${'Words of a list item. '.repeat(30)}</p></li></ul>`,
      false,
    ],
  ])('judges %s as Readability does', (_, html, readerable) => {
    expect(isProbablyReaderable(parseHtmlDocument(html))).toBe(readerable);
    expect(isReaderable(parseHtmlDocument(html))).toBe(readerable);
  });

  it('has some corpus pages to compare when the corpus is there', () => {
    if (existsSync(CORPUS_DIR)) expect(CORPUS_PAGES.length).toBeGreaterThan(0);
    expect(readdirSync(fileURLToPath(new URL('./__fixtures__/', import.meta.url)))).toContain(
      'news-page.html',
    );
  });
});
