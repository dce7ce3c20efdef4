import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './html-document';

/** V8's collector, reached without starting Node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('parseHtmlDocument', () => {
  const addresses: Array<[string, string, string | undefined, string]> = [
    ['the page address', '<p>x</p>', 'https://news.example/x/y', 'https://news.example/x/y'],
    [
      'its <base>, resolved',
      '<base href="/b/"><p>x</p>',
      'https://news.example/x/y',
      'https://news.example/b/',
    ],
    [
      'a bad <base> ignored',
      '<base href="http://[bad"><p>x</p>',
      'https://news.example/x',
      'https://news.example/x',
    ],
    ['no address: about:blank', '<p>x</p>', undefined, 'about:blank'],
    ['a file address: about:blank', '<p>x</p>', 'file:///home/a.html', 'about:blank'],
  ];

  it.each(addresses)('takes as base address %s', (_, html, url, base) => {
    expect(parseHtmlDocument(html, url).baseURI).toBe(base);
  });

  const skeletons: Array<[string, string, string, string]> = [
    ['a fragment', '<p>A <b>copied</b> line.</p>', '', '<p>A <b>copied</b> line.</p>'],
    ['text alone', 'just text', '', 'just text'],
    [
      'a page without body',
      '<html><head><title>T</title></head><p>x</p></html>',
      '<title>T</title>',
      '<p>x</p>',
    ],
    [
      'a head never closed',
      '<head><title>T</title><meta charset="utf-8"><p>x</p>',
      '<title>T</title><meta charset="utf-8">',
      '<p>x</p>',
    ],
    [
      'content before the body',
      '<title>T</title>before<body class="b"><p>x</p></body>',
      '<title>T</title>',
      'before<p>x</p>',
    ],
    [
      'content after the html',
      '<html><body><p>x</p></body></html><p>after</p>',
      '',
      '<p>x</p><p>after</p>',
    ],
    ['a late title in the body', '<p>x</p><title>late</title>', '', '<p>x</p><title>late</title>'],
  ];

  it.each(skeletons)('gives %s a head and a body', (_, html, head, body) => {
    const document = parseHtmlDocument(html);
    expect(document.documentElement.localName).toBe('html');
    expect(Array.from(document.documentElement.children).map((e) => e.localName)).toEqual([
      'head',
      'body',
    ]);
    expect(document.head.innerHTML).toBe(head);
    expect(document.body.innerHTML).toBe(body);
  });

  it("keeps the attributes of the page's own html and body", () => {
    const document = parseHtmlDocument(
      '<html lang="fr" dir="rtl"><body class="b"><p>x</p></body></html>',
    );
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.body.className).toBe('b');
  });

  it('reads the title as the DOM does: the first one, white space collapsed', () => {
    const html = '<title>\n  A   long\ttitle\u00a0 </title><title>second</title>';
    expect(parseHtmlDocument(html).title).toBe('A long title\u00a0');
  });

  it('names created elements in lower case, as an HTML document does', () => {
    const document = parseHtmlDocument('<p>x</p>');
    expect(document.createElement('DIV').localName).toBe('div');
  });

  it('leaves a template empty: its content is not part of the page', () => {
    const document = parseHtmlDocument('<p>x</p><template><p>hidden</p></template>');
    expect(document.body.textContent).toBe('x');
  });

  it('lets a page go once it is read, selectors run on it included', async () => {
    const gc = collector();
    const pages: Array<WeakRef<Document>> = [];
    for (let i = 0; i < 4; i++) {
      const document = parseHtmlDocument(`<main><p>page ${i}</p><div><p>more</p></div></main>`);
      expect(document.body.querySelectorAll('p, div')).toHaveLength(3);
      expect(document.querySelector('main > div')).not.toBeNull();
      pages.push(new WeakRef(document));
    }
    // A WeakRef read in this turn keeps its target until the turn ends.
    await nextTurn();
    gc();
    await nextTurn();
    gc();
    // The selector engine may hold on to the page it ran on last, until the next one.
    expect(pages.slice(0, 3).map((page) => page.deref() === undefined)).toEqual([true, true, true]);
  });
});
