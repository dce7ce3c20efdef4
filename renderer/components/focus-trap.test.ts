// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextFocusInside, tabbableInside } from './focus-trap';

describe('focus kept inside a dialog', () => {
  beforeEach(() => {
    // jsdom lays nothing out: everything not marked `data-unrendered` counts as rendered.
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
      return (this.hasAttribute('data-unrendered') ? [] : [{}]) as unknown as DOMRectList;
    });
    document.body.innerHTML = `
      <button id="outside">outside</button>
      <dialog open id="d">
        <input id="first" />
        <button disabled>disabled</button>
        <input type="hidden" />
        <span tabindex="-1">not in the order</span>
        <button data-unrendered>unrendered</button>
        <div hidden><button>hidden</button></div>
        <select id="middle"><option>a</option></select>
        <button id="last">last</button>
      </dialog>`;
  });
  afterEach(() => vi.restoreAllMocks());

  const el = (id: string) => document.getElementById(id)!;

  it('finds the controls Tab reaches, in order', () => {
    expect(tabbableInside(el('d')).map((e) => e.id)).toEqual(['first', 'middle', 'last']);
  });

  it.each([
    ['Tab from the last control wraps to the first', 'last', false, 'first'],
    ['Shift+Tab from the first wraps to the last', 'first', true, 'last'],
    ['Shift+Tab from the dialog itself goes to the last', 'd', true, 'last'],
    ['Tab from outside comes back to the first', 'outside', false, 'first'],
    ['Shift+Tab from outside comes back to the last', 'outside', true, 'last'],
    ['Tab in the middle is left to the browser', 'first', false, null],
    ['Shift+Tab in the middle is left to the browser', 'last', true, null],
  ])('%s', (_, from, backwards, expected) => {
    expect(nextFocusInside(el('d'), el(from), backwards)?.id ?? null).toBe(expected);
  });

  it('leaves Tab alone in a dialog with nothing to focus', () => {
    document.body.innerHTML = '<dialog open id="d"><p>text</p></dialog>';
    expect(nextFocusInside(el('d'), el('d'), false)).toBeNull();
  });
});
