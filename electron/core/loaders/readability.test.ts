import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './html-document';
import { elementsWithTags, readArticle } from './readability';

const newsPage = readFileSync(new URL('./__fixtures__/news-page.html', import.meta.url), 'utf8');
const CORPUS = fileURLToPath(
  new URL('../../../../shared/corpus/readability-pages/', import.meta.url),
);
/** A few of Readability's own test pages, when the corpus is there: long, nested, with tables. */
const CORPUS_PAGES = ['wikipedia', 'nytimes-1', 'guardian-1'].filter((page) =>
  existsSync(`${CORPUS}${page}/source.html`),
);

const MIXED = `<!doctype html><body><div><P>one</P><svg><a>in svg</a><foreignObject><p>x</p></foreignObject></svg>
  <section><h2>t</h2><p>two <SPAN>s</SPAN></p><ul><li>i</li></ul></section><template><p>no</p></template></div>`;

describe('elementsWithTags', () => {
  const lookups: Array<[string, string[]]> = [
    ['p', ['p']],
    ['headings', ['h1', 'h2']],
    ['upper-case names', ['SPAN', 'LI', 'P', 'DIV']],
    ['foreign elements', ['a', 'foreignObject', 'foreignobject']],
    ['none', ['table']],
  ];

  it.each(lookups)('finds what querySelectorAll finds, in its order: %s', (_, tags) => {
    for (const html of [MIXED, newsPage]) {
      const document = parseHtmlDocument(html);
      for (const root of [document, document.body, document.querySelector('section')]) {
        if (!root) continue;
        const expected = Array.from(root.querySelectorAll(tags.join(',')));
        expect(elementsWithTags(root, tags)).toEqual(expected);
      }
    }
  });
});

describe('readArticle', () => {
  const pages: Array<[string, string]> = [
    ['news-page fixture', newsPage],
    ...CORPUS_PAGES.map((page): [string, string] => [
      page,
      readFileSync(`${CORPUS}${page}/source.html`, 'utf8'),
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

  it('has some corpus pages to compare when the corpus is there', () => {
    if (existsSync(CORPUS)) expect(CORPUS_PAGES.length).toBeGreaterThan(0);
    expect(readdirSync(fileURLToPath(new URL('./__fixtures__/', import.meta.url)))).toContain(
      'news-page.html',
    );
  });
});
