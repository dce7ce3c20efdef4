// @vitest-environment jsdom
// The painter's window with hysteresis: the painted blocks are kept while they hold those near
// the visible area, and a wider reach is painted once they do not. Chunks are measured first,
// then the blocks inside the first and last chunk near the screen.
import { afterEach, describe, expect, it } from 'vitest';
import { blocks, destroyEditors, makeEditor } from '../../test-editor';
import { blockBoundsOf } from '../highlight-layer/painter';
import { ViewWindow } from './view-window';

// [title, heading] [paragraph, list item, list item] [quote, code, two table cells]
const chunks = [0, 2, 5];
const HEIGHT = 1000;

afterEach(destroyEditors);

/**
 * A window over a chunked editor whose three chunks are laid out 1000 px tall each, their
 * blocks sharing that height evenly, scrolled by `scrollTop`; and the blocks' starts.
 */
function windowScrolledTo(scrollTop: number): { win: ViewWindow; starts: readonly number[] } {
  const editor = makeEditor(blocks, {}, chunks);
  const view = editor.view;
  const starts = blockBoundsOf(view.state.doc).starts;
  const place = (element: HTMLElement, top: number, height: number) => {
    const rect = { top, bottom: top + height };
    element.getBoundingClientRect = () => rect as DOMRect;
  };
  let top = -scrollTop;
  let block = 0;
  view.state.doc.forEach((chunk, offset) => {
    place(view.nodeDOM(offset) as HTMLElement, top, HEIGHT);
    const each = HEIGHT / chunk.childCount;
    for (let i = 0; i < chunk.childCount; i++, block++) {
      place(view.nodeDOM(starts[block]!) as HTMLElement, top + i * each, each);
    }
    top += HEIGHT;
  });
  window.innerHeight = 600;
  return { win: new ViewWindow(view), starts };
}

describe('ViewWindow', () => {
  // The viewport is 600 px tall; the chunks lie at 0–1000, 1000–2000 and 2000–3000; blocks
  // 0–1 at 0–500–1000, 2–4 at 1000–1333–1667–2000, 5–8 at 2000–2250–2500–2750–3000.
  it.each([
    // scrollTop, painted blocks, need (viewport heights), held?
    [0, [0, 1], 0, true], // 0–600: the first chunk's two blocks
    [0, [0, 1], 0.5, true], // -300–900: still those
    [0, [0, 1], 1, false], // -600–1200: reaches block 2
    [0, [0, 2], 1, true],
    [1200, [2, 4], 0.25, true], // 1050–1950: inside the second chunk
    [1200, [2, 4], 0.5, false], // 900–2100: touches block 1 and block 5
    [1200, [1, 5], 0.5, true],
    [1200, [0, 4], 0.5, false],
  ] as const)(
    'scrolled to %d, blocks %j, need %d: holds %s',
    (scrollTop, [first, last], need, held) => {
      const { win, starts } = windowScrolledTo(scrollTop);
      expect(win.holds(first, last, need, starts)).toBe(held);
    },
  );

  it('reaches further than it needs, block by block', () => {
    const { win, starts } = windowScrolledTo(0);
    expect(win.blocksNear(0.5, starts)).toMatchObject({ firstBlock: 0, lastBlock: 1 });
    expect(win.blocksNear(1, starts)).toMatchObject({ firstBlock: 0, lastBlock: 2 });
    expect(win.blocksNear(3, starts)).toMatchObject({ firstBlock: 0, lastBlock: 6 });
  });

  it.each([
    [1200, 2, 4],
    [2300, 6, 8],
  ])(
    'scrolled to %d, paints only blocks %d–%d of the chunks on screen',
    (scrollTop, first, last) => {
      const { win, starts } = windowScrolledTo(scrollTop);
      expect(win.blocksNear(0, starts)).toEqual({
        firstBlock: first,
        lastBlock: last,
        from: starts[first],
        to: starts[last + 1] ?? win.doc.content.size,
      });
    },
  );
});
