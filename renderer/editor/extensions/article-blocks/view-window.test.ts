// @vitest-environment jsdom
// The painters' window with hysteresis: the painted chunks are kept while they hold those near
// the visible area, and a wider reach is painted once they do not.
import { afterEach, describe, expect, it } from 'vitest';
import { blocks, destroyEditors, makeEditor } from '../../test-editor';
import { ViewWindow } from './view-window';

// [title, heading] [paragraph, list item, list item] [quote, code, two table cells]
const chunks = [0, 2, 5];
const HEIGHT = 1000;

afterEach(destroyEditors);

/** A window over a chunked editor whose three chunks are laid out 1000 px tall each, scrolled by `scrollTop`. */
function windowScrolledTo(scrollTop: number): ViewWindow {
  const editor = makeEditor(blocks, {}, chunks);
  const view = editor.view;
  let top = -scrollTop;
  view.state.doc.forEach((_node, offset) => {
    const element = view.nodeDOM(offset) as HTMLElement;
    const rect = { top, bottom: top + HEIGHT };
    element.getBoundingClientRect = () => rect as DOMRect;
    top += HEIGHT;
  });
  window.innerHeight = 600;
  return new ViewWindow(view);
}

describe('ViewWindow', () => {
  // The viewport is 600 px tall; the chunks lie at 0–1000, 1000–2000 and 2000–3000.
  it.each([
    // scrollTop, painted blocks, need (viewport heights), held?
    [0, [0, 1], 0, true], // only the first chunk on screen
    [0, [0, 1], 0.5, true], // 900 px: still the first
    [0, [0, 1], 1, false], // 1200 px: reaches the second chunk
    [0, [0, 4], 1, true],
    [1200, [2, 4], 0.25, true], // inside the second chunk
    [1200, [2, 4], 0.5, false], // 900–2100 px touches the first and third
    [1200, [0, 8], 0.5, true],
    [1200, [0, 4], 0.5, false],
  ] as const)(
    'scrolled to %d, blocks %j, need %d: holds %s',
    (scrollTop, [first, last], need, held) => {
      expect(windowScrolledTo(scrollTop).holds(first, last, need)).toBe(held);
    },
  );

  it('reaches further than it needs', () => {
    const win = windowScrolledTo(0);
    expect(win.near(0.5)).toMatchObject({ firstBlock: 0, lastBlock: 1 });
    expect(win.near(1)).toMatchObject({ firstBlock: 0, lastBlock: 4 });
    expect(win.near(3)).toMatchObject({ firstBlock: 0, lastBlock: 8 });
  });
});
