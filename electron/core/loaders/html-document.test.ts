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
  it('resolves relative links against the page address', () => {
    const document = parseHtmlDocument('<p><a href="/a">a</a></p>', 'https://news.example/x/y');
    expect(document.querySelector('a')!.href).toBe('https://news.example/a');
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
