import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './html-document';
import { PrepIndex } from './readability-prep-index';
import { elementsWithTags } from './readability';

const PAGE = `<div id="a"><table><tr><td>1</td></tr></table><form><input></form>
  <section><ul><li>x</li></ul><table><tr><td>2</td></tr></table></section><p>p</p></div>`;

describe('PrepIndex', () => {
  const article = () => parseHtmlDocument(PAGE).getElementById('a')!;

  it.each([['table'], ['form'], ['input'], ['ul'], ['iframe'], ['TABLE']])(
    'finds what a walk finds: %s',
    (tag) => {
      const root = article();
      expect(new PrepIndex(root).lookup([tag])).toEqual(elementsWithTags(root, [tag]));
    },
  );

  it('leaves out what was removed since, and what moved out of the article', () => {
    const root = article();
    const index = new PrepIndex(root);
    const [first, second] = elementsWithTags(root, ['table']);
    first!.remove();
    expect(index.lookup(['table'])).toEqual([second]);
    root.ownerDocument.body.appendChild(second!);
    expect(index.lookup(['table'])).toEqual([]);
    expect(index.lookup(['input'])).toEqual(elementsWithTags(root, ['input']));
  });

  it.each([[['p']], [['div']], [['span']], [['img']], [['h2']], [['table', 'ul']]])(
    'leaves lookups it cannot answer to a walk: %j',
    (tags) => {
      expect(new PrepIndex(article()).lookup(tags)).toBeUndefined();
    },
  );
});
